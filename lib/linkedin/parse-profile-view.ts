// Profile views (s12). Only two requests mean "the user opened a profile":
// - legacy `GET /voyager/api/identity/profiles/<publicId|profileId>/profileView`
// - 2026 flagship-web in-app navigation `POST /flagship-web/in/<slug>/` (RSC flight answer)
// Dash/GraphQL profile GETs (`identity/dash/profiles`, `voyagerIdentityDashProfiles`) are NOT views:
// hovercards and lists load them too. Target: `urn:li:fsd_profile:<id>` for a profile id, else the slug,
// decoded and lowercased. Key `profile-view:<target>`; the background applies its 30-minute rule.
// Views of the user's own profile (known from /voyager/api/me) are skipped.
import type { Observation } from './classify';
import type { Ctx } from './context';
import { targetFromSegment } from './urns';

export function classifyProfileView(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const parts = ctx.url.pathname.split('/');
  // /voyager/api/identity/profiles/<x>/profileView → index 5; /flagship-web/in/<x>/ → index 3
  const segment = parts[1] === 'voyager' ? parts[5] : parts[3];
  const target = segment ? targetFromSegment(segment) : undefined;
  if (!target) return [];
  const self = ctx.mem.self;
  if (self && (target === self.account || target === self.slug)) return [];
  return [{ kind: 'profile-view', target, key: `profile-view:${target}` }];
}
