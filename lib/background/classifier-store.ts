// The classifier remembers a little across requests (compose options, who started a thread).
// The worker can be killed at any moment, so that memory lives in session storage, not here:
// one item per entry, and each exchange writes only the entries it changed.
import { browser } from 'wxt/browser';
import { createClassifier } from '../linkedin/classify';

type Classifier = ReturnType<typeof createClassifier>;

let ready: Promise<Classifier> | null = null;

export function getClassifier(): Promise<Classifier> {
  ready ??= browser.storage.session
    .get(null)
    .then((stored) => createClassifier({ stored }))
    .catch(() => createClassifier());
  return ready;
}

/** Saves what the classifier's memory changed since the last save (most exchanges change nothing). */
export async function saveClassifier(classifier: Classifier): Promise<void> {
  const changes = classifier.takeChanges();
  const writes: Promise<void>[] = [];
  if (Object.keys(changes.set).length > 0) writes.push(browser.storage.session.set(changes.set));
  if (changes.remove.length > 0) writes.push(browser.storage.session.remove(changes.remove));
  try {
    await Promise.all(writes);
  } catch (error) {
    changes.requeue();
    throw error;
  }
}
