// Profile views, from requests and from navigation, under one rule and one key.
// Requests (tomquirk/linkedin-api get_profile; dsmorgan/netkeeper docs/linkedin-flagship-web-shapes.md):
// only two mean "the user opened a profile":
// - legacy `GET /voyager/api/identity/profiles/<publicId|profileId>/profileView`
// - flagship-web in-app navigation `POST /flagship-web/in/<slug>/` (RSC flight answer)
// Dash/GraphQL profile GETs (`identity/dash/profiles`, `voyagerIdentityDashProfiles`) are NOT views:
// hovercards and lists load them too. Navigation: the profile page URL the tab shows (profile-url.ts).
// Target: the profile urn for a profile id, else the slug, decoded and lowercased. Key
// `profile-view:<target>`; the worker applies its 30-minute rule. Views of the user's own profile
// are skipped.
import type { Ctx } from './context';
import type { SelfEntry } from './memory-entries';
import { profileTargetFromUrl } from './profile-url';
import { targetFromSegment } from './urns';
import type { Observation } from './vocabulary';

/** Who the member is, as far as any source knows: their account urn and profile slug. */
export type SelfHint = Partial<SelfEntry>;

/** The member's own profile, as the classifier learned it (`/me`) or as the caller knows it. */
function isOwnProfile(target: string, selves: readonly (SelfHint | undefined)[]): boolean {
  return selves.some((s) => s !== undefined && (target === s.account || target === s.slug));
}

function profileView(target: string | undefined, selves: readonly (SelfHint | undefined)[]): Observation[] {
  if (!target || isOwnProfile(target, selves)) return [];
  return [{ kind: 'profile-view', target, key: `profile-view:${target}` }];
}

export function classifyProfileView(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const parts = ctx.url.pathname.split('/');
  // /voyager/api/identity/profiles/<x>/profileView → index 5; /flagship-web/in/<x>/ → index 3
  const segment = parts[1] === 'voyager' ? parts[5] : parts[3];
  return profileView(segment ? targetFromSegment(segment) : undefined, [ctx.mem.self]);
}

/** A profile page the tab navigated to: a view unless it is the member's own (`self` from the caller too). */
export function navigationProfileView(
  url: string,
  mine: SelfHint | undefined,
  self?: SelfHint,
): Observation[] {
  return profileView(profileTargetFromUrl(url), [mine, self]);
}
