// Which paid LinkedIn product a page or request belongs to, from its path: Sales Navigator's pages
// are under `/sales/` (its lead pages `/sales/lead/…`, docs/linkedin.md) and its requests under
// `/sales-api/` (jackwener/OpenCLI clis/linkedin/salesnav-message.js); Recruiter and Recruiter Lite
// under `/talent/` (Microsoft Docs, "Tutorial: Azure Active Directory single sign-on (SSO)
// integration with LinkedIn Talent Solutions": the sign-on URL is https://www.linkedin.com/talent/).
// A hint for the plan suggestion only: the user confirms the plan.
import { LINKEDIN_URL } from './prefilter';

export type PlanSurface = 'sales-navigator' | 'recruiter';

/** Path prefixes per product, lower case. */
export const PLAN_SURFACE_PATHS: Record<PlanSurface, readonly string[]> = {
  'sales-navigator': ['/sales/', '/sales-api/'],
  recruiter: ['/talent/'],
};

/** The product a LinkedIn URL belongs to, or undefined (another site, another page). */
export function planSurfaceOf(url: string): PlanSurface | undefined {
  if (!LINKEDIN_URL.test(url)) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const surface of Object.keys(PLAN_SURFACE_PATHS) as PlanSurface[]) {
    if (PLAN_SURFACE_PATHS[surface].some((prefix) => path.startsWith(prefix))) return surface;
  }
  return undefined;
}
