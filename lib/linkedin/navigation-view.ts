// TEMPORARY stand-in for `classifier.observeNavigation` (added to the Classifier in lib/linkedin
// on another branch): the same signature and today's rules, so the worker compiles and is tested
// against it. Removed at merge, when lib/background/navigation.ts calls the classifier instead.
import { profileTargetFromUrl } from './profile-url';
import type { Observation } from './vocabulary';

/** A profile page the user opened (not their own) as a profile-view observation. */
export function observeNavigation(url: string, self?: { account?: string; slug?: string }): Observation[] {
  const target = profileTargetFromUrl(url);
  if (!target || (self?.slug && self.slug === target)) return [];
  return [{ kind: 'profile-view', target, key: `profile-view:${target}` }];
}
