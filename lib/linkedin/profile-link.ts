// A counterpart's profile page, when what Pacer stored is a public slug (an `fsd_profile` id or a
// Sales Navigator lead id is shown as nothing more than it is: no link is made up for it).
export function profileLink(target: string | undefined): string | undefined {
  if (!target || target.startsWith('urn:') || target.length > 150) return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(target)}/`;
}
