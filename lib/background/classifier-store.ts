// The classifier remembers a little across requests (compose options, who started a thread).
// The worker can be killed at any moment, so that memory lives in session storage, not here:
// one item per entry, and each exchange writes only the entries it changed.
import { type Classifier, createClassifier } from '../linkedin/classify';
import type { StorageArea } from '../storage/area';

export interface ClassifierStore {
  /** The classifier, its memory read from session storage on first use in this worker's life. */
  get(): Promise<Classifier>;
  /** Saves what the classifier's memory changed since the last save (most exchanges change nothing). */
  save(classifier: Classifier): Promise<void>;
}

export function createClassifierStore(session: StorageArea): ClassifierStore {
  let ready: Promise<Classifier> | null = null;
  return {
    get() {
      ready ??= session
        .get(null)
        .then((stored) => createClassifier({ stored }))
        .catch(() => createClassifier());
      return ready;
    },
    async save(classifier) {
      const changes = classifier.takeChanges();
      const writes: Promise<void>[] = [];
      if (Object.keys(changes.set).length > 0) writes.push(session.set(changes.set));
      if (changes.remove.length > 0) writes.push(session.remove(changes.remove));
      try {
        await Promise.all(writes);
      } catch (error) {
        changes.requeue();
        throw error;
      }
    },
  };
}
