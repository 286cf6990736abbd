// A profile page URL (`https://www.linkedin.com/in/<slug or id>/`) → the same target form the classifier
// uses for profile views: `urn:li:fsd_profile:<id>` for a profile id, else the decoded, lowercased slug.
// Sub-pages (`/in/<slug>/details/…`, `/in/<slug>/overlay/…`) are not a new view.
import { targetFromSegment } from './urns';

const PROFILE_PAGE = /^https:\/\/(?:www\.)?linkedin\.com\/in\/([^/?#]{1,300})\/?(?:[?#]|$)/i;

export function profileTargetFromUrl(url: string): string | undefined {
  if (typeof url !== 'string' || url.length > 2000) return undefined;
  const m = PROFILE_PAGE.exec(url);
  return m?.[1] ? targetFromSegment(m[1]) : undefined;
}
