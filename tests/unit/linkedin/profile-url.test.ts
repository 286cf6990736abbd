import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import { profileTargetFromUrl } from '../../../lib/linkedin/profile-url';

describe('profile page URLs', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['https://www.linkedin.com/in/Jane-Doe?miniProfileUrn=x', 'jane-doe'],
    ['https://linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'jürgen-müller'],
    ['https://www.linkedin.com/in/ACoAAJaneDoe0001/', 'urn:li:fsd_profile:ACoAAJaneDoe0001'],
    [
      'https://www.linkedin.com/sales/lead/ACwAAB1xyzAB,NAME_SEARCH,Qx1?_ntb=1',
      'urn:li:fs_salesProfile:ACwAAB1xyzAB',
    ],
    ['https://www.linkedin.com/sales/people/ACwAAB1xyzAB,name,token', 'urn:li:fs_salesProfile:ACwAAB1xyzAB'],
  ])('%s is a view of %s', (url, target) => {
    expect(profileTargetFromUrl(url)).toBe(target);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/jane-doe/details/experience/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com.evil.io/in/jane-doe/',
    'http://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/sales/lead/',
    'not a url',
  ])('%s is not a profile view', (url) => {
    expect(profileTargetFromUrl(url)).toBeUndefined();
  });
});

describe('profile views from navigation (Classifier.observeNavigation)', () => {
  const ME_ID = 'ACoAAOwnerProfileId00000000000000000001';
  const ME = `urn:li:fsd_profile:${ME_ID}`;
  const me = {
    method: 'GET',
    url: 'https://www.linkedin.com/voyager/api/me',
    status: 200,
    responseBody: JSON.stringify({ miniProfile: { dashEntityUrn: ME, publicIdentifier: 'Pat-Pacer' } }),
  };
  const viewRequest = (segment: string) => ({
    method: 'POST',
    url: `https://www.linkedin.com/flagship-web/in/${segment}/`,
    status: 200,
  });

  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/?miniProfileUrn=x', 'Jane-Doe'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'j%C3%BCrgen-m%C3%BCller'],
    ['https://www.linkedin.com/in/ACoAAJaneDoe0001/', 'ACoAAJaneDoe0001'],
  ])('%s: the same observation as the request for that profile', (url, segment) => {
    const fromNavigation = createClassifier().observeNavigation(url);
    expect(fromNavigation).toHaveLength(1);
    expect(fromNavigation).toEqual(createClassifier().observe(viewRequest(segment)));
    const [view] = fromNavigation;
    expect(view?.kind === 'profile-view' && view.key === `profile-view:${view.target}`).toBe(true);
  });

  it('a Sales Navigator lead page is a view of that lead', () => {
    expect(
      createClassifier().observeNavigation(
        'https://www.linkedin.com/sales/lead/ACwAAB1xyzAB,NAME_SEARCH,Qx1',
      ),
    ).toEqual([
      {
        kind: 'profile-view',
        target: 'urn:li:fs_salesProfile:ACwAAB1xyzAB',
        key: 'profile-view:urn:li:fs_salesProfile:ACwAAB1xyzAB',
      },
    ]);
  });

  it('other pages are no view', () => {
    const c = createClassifier();
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/jane-doe/details/',
      'x',
    ])
      expect(c.observeNavigation(url)).toEqual([]);
  });

  it('the member’s own profile is no view, as /me taught it (slug or id), like a request', () => {
    const c = createClassifier();
    c.observe(me);
    for (const url of ['https://www.linkedin.com/in/pat-pacer/', `https://www.linkedin.com/in/${ME_ID}/`])
      expect(c.observeNavigation(url)).toEqual([]);
    expect(c.observe(viewRequest('pat-pacer'))).toEqual([]);
    expect(c.observeNavigation('https://www.linkedin.com/in/jane-doe/')).toHaveLength(1);
  });

  it('the member’s own profile is no view, as the caller knows it, before /me was seen', () => {
    const c = createClassifier();
    expect(c.observeNavigation('https://www.linkedin.com/in/Pat-Pacer/', { slug: 'pat-pacer' })).toEqual([]);
    expect(c.observeNavigation(`https://www.linkedin.com/in/${ME_ID}/`, { account: ME })).toEqual([]);
    expect(
      c.observeNavigation('https://www.linkedin.com/in/pat-pacer/', { slug: 'someone-else' }),
    ).toHaveLength(1);
    expect(c.observeNavigation('https://www.linkedin.com/in/pat-pacer/')).toHaveLength(1);
  });

  it('learns nothing: there is nothing to save after a navigation', () => {
    const c = createClassifier();
    c.observeNavigation('https://www.linkedin.com/in/jane-doe/');
    expect(c.takeChanges()).toMatchObject({ set: {}, remove: [] });
  });
});
