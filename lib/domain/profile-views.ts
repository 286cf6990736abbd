// Profile views: LinkedIn is a single-page app and reports one visit through several
// channels (navigation, page requests), so one profile counts once per 30 minutes.
export const PROFILE_VIEW_DEDUPE_MS = 30 * 60_000;
