import { describe, expect, it } from 'vitest';
import { isExtensionPage, isLinkedInReport, isLinkedInTab } from '../../../lib/background/sender';

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

  it('accepts a report from a LinkedIn tab Firefox has closed since (no tab, no frame)', () => {
    const GECKO = 'pacer@pacer.local';
    // What Firefox gives for a message that arrived after its tab was removed.
    const closed = {
      id: GECKO,
      url: 'https://www.linkedin.com/in/jane-doe/',
      origin: 'https://www.linkedin.com',
    };
    expect(isLinkedInReport(closed, GECKO)).toBe(true);
    expect(isLinkedInTab(closed, GECKO)).toBe(false);
    expect(isLinkedInReport({ id: ID, tab: { id: 3 }, url: 'https://www.linkedin.com/feed/' }, ID)).toBe(
      true,
    );
  });

  it.each([
    ['another extension', { id: 'other', origin: 'https://www.linkedin.com' }],
    ['another site', { id: ID, origin: 'https://evil.example', url: 'https://evil.example/' }],
    ['a lookalike host', { id: ID, url: 'https://www.linkedin.com.evil.io/feed' }],
    ['an extension page', { id: ID, url: `chrome-extension://${ID}/options.html` }],
    ['a frame without its tab', { id: ID, frameId: 4, origin: 'https://www.linkedin.com' }],
    ['a tab of another site', { id: ID, tab: { id: 1 }, origin: 'https://evil.example' }],
  ])('refuses a report from %s', (_name, sender) => {
    expect(isLinkedInReport(sender, ID)).toBe(false);
  });

  it('accepts only this extension’s own pages for settings', () => {
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}/options.html` }, ID)).toBe(true);
    expect(isExtensionPage({ id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 2 } }, ID)).toBe(
      false,
    );
    expect(isExtensionPage({ id: 'x', url: 'chrome-extension://x/options.html' }, ID)).toBe(false);
  });

  it('finds Firefox’s pages at their per-install address, not at the add-on id', () => {
    const GECKO = 'pacer@pacer.local';
    const BASE = 'moz-extension://0b6c4f36-6f1e-4d2a-9b1e-5a7c3d2e1f00/';
    expect(isExtensionPage({ id: GECKO, url: `${BASE}popup.html` }, GECKO, BASE)).toBe(true);
    expect(isExtensionPage({ id: GECKO, url: 'moz-extension://another-uuid/popup.html' }, GECKO, BASE)).toBe(
      false,
    );
    expect(isExtensionPage({ id: GECKO, url: `${BASE}popup.html` }, GECKO)).toBe(false);
  });
});
