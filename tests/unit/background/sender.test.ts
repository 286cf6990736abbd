import { describe, expect, it } from 'vitest';
import { isExtensionPage, isLinkedInTab } from '../../../lib/background/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('sender checks', () => {
  it('accepts this extension’s content script in a LinkedIn tab, any frame', () => {
    expect(
      isLinkedInTab(
        { id: ID, tab: { id: 3 }, origin: 'https://www.linkedin.com', url: 'https://www.linkedin.com/feed/' },
        ID,
      ),
    ).toBe(true);
    expect(
      isLinkedInTab(
        { id: ID, tab: { id: 3 }, frameId: 7, origin: 'https://www.linkedin.com', url: 'about:blank' },
        ID,
      ),
    ).toBe(true);
    expect(isLinkedInTab({ id: ID, tab: { id: 3 }, url: 'https://linkedin.com/in/x/' }, ID)).toBe(true);
  });

  it.each([
    ['another extension', { id: 'other', tab: { id: 1 }, origin: 'https://www.linkedin.com' }],
    ['no tab (an extension page)', { id: ID, origin: 'https://www.linkedin.com' }],
    ['another site', { id: ID, tab: { id: 1 }, origin: 'https://evil.example' }],
    ['a lookalike host', { id: ID, tab: { id: 1 }, url: 'https://www.linkedin.com.evil.io/feed' }],
    ['plain http', { id: ID, tab: { id: 1 }, url: 'http://www.linkedin.com/feed' }],
  ])('rejects %s', (_name, sender) => {
    expect(isLinkedInTab(sender, ID)).toBe(false);
  });

  it('accepts only this extension’s own pages for settings', () => {
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}/options.html` }, ID)).toBe(true);
    expect(isExtensionPage({ id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 2 } }, ID)).toBe(
      false,
    );
    expect(isExtensionPage({ id: 'x', url: 'chrome-extension://x/options.html' }, ID)).toBe(false);
  });
});
