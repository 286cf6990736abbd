// The classifier remembers a little across requests (compose options, who started a thread).
// The worker can be killed at any moment, so that memory lives in session storage, not here.
import { browser } from 'wxt/browser';
import { type ClassifierState, createClassifier } from '../linkedin/classify';

const KEY = 'classifierState';
type Classifier = ReturnType<typeof createClassifier>;

let ready: Promise<Classifier> | null = null;

export function getClassifier(): Promise<Classifier> {
  ready ??= browser.storage.session
    .get(KEY)
    .then((stored) => createClassifier({ state: stored[KEY] as ClassifierState | undefined }))
    .catch(() => createClassifier());
  return ready;
}

let savedRevision = -1;

/** Saves the classifier's memory when it changed (most exchanges change nothing). */
export async function saveClassifier(classifier: Classifier): Promise<void> {
  const revision = classifier.revision();
  if (revision === savedRevision) return;
  await browser.storage.session.set({ [KEY]: classifier.snapshot() });
  savedRevision = revision;
}
