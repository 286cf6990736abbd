import { describe, expect, it } from 'vitest';
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
