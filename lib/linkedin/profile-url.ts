// A profile page URL → the same target form the classifier uses for profile views:
// - `https://www.linkedin.com/in/<slug or id>/` → `urn:li:fsd_profile:<id>` for a profile id, else the
//   decoded, lowercased slug; sub-pages (`/in/<slug>/details/…`, `/overlay/…`) are not a new view;
// - Sales Navigator lead pages `/sales/lead/<id>,<authType>,<token>` (older: `/sales/people/…`)
//   → `urn:li:fs_salesProfile:<id>`.
import { salesProfileUrn, targetFromSegment } from './urns';

const PROFILE_PAGE = /^https:\/\/(?:www\.)?linkedin\.com\/in\/([^/?#]{1,300})\/?(?:[?#]|$)/i;
const SALES_LEAD_PAGE =
  /^https:\/\/(?:www\.)?linkedin\.com\/sales\/(?:lead|people)\/([A-Za-z0-9_-]{8,120})(?:,[^/?#]*)?\/?(?:[?#]|$)/i;

export function profileTargetFromUrl(url: string): string | undefined {
  if (typeof url !== 'string' || url.length > 2000) return undefined;
  const m = PROFILE_PAGE.exec(url);
  if (m?.[1]) return targetFromSegment(m[1]);
  const lead = SALES_LEAD_PAGE.exec(url);
  return lead?.[1] ? salesProfileUrn(lead[1]) : undefined;
}
