import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import type { Observation } from '../../../lib/linkedin/vocabulary';
import {
  allCases,
  expectObservations,
  type FlowsFile,
  fixtureSecrets,
  readFixture,
  toExchange,
} from './helpers';

const T0 = Date.UTC(2026, 9, 5, 9, 0);
const MINUTE = 60_000;

function assertNoSecrets(out: Observation[]): void {
  const text = JSON.stringify(out);
  for (const s of fixtureSecrets()) {
    expect(text).not.toContain(s.trim());
    expect(text).not.toContain(s.trim().slice(0, 12));
  }
}

describe('classifier: one case per fixture row (built from public captures and client code)', () => {
  for (const { file, c } of allCases()) {
    it(`${file}: ${c.name}`, () => {
      const classifier = createClassifier({ now: () => T0 });
      const out = classifier.observe(toExchange(c.exchange));
      expectObservations(out, c.expect, c.expectShape);
      assertNoSecrets(out);
    });
  }
});

describe('classifier: multi-request flows (compose options, reply vs message, inmail-response)', () => {
  const { flows } = readFixture<FlowsFile>('flows.json');
  for (const flow of flows) {
    it(flow.name, () => {
      let now = T0;
      const classifier = createClassifier({ now: () => now });
      flow.steps.forEach((step, i) => {
        now = T0 + step.atMinutes * MINUTE;
        const out = classifier.observe(toExchange(step.exchange));
        try {
          expectObservations(out, step.expect, step.expectShape);
        } catch (e) {
          throw new Error(`step ${i}: ${(e as Error).message}`);
        }
        assertNoSecrets(out);
      });
    });
  }

  it('the same flows survive a restart between every step, persisted entry by entry', () => {
    for (const flow of flows) {
      let now = T0;
      const stored: Record<string, unknown> = {}; // what the worker keeps in session storage
      for (const step of flow.steps) {
        now = T0 + step.atMinutes * MINUTE;
        // A fresh worker each time, rebuilt from storage, as after the service worker was killed.
        const classifier = createClassifier({ now: () => now, stored: JSON.parse(JSON.stringify(stored)) });
        const out = classifier.observe(toExchange(step.exchange));
        expectObservations(out, step.expect, step.expectShape);
        const { set, remove } = classifier.takeChanges();
        Object.assign(stored, JSON.parse(JSON.stringify(set)));
        for (const k of remove) delete stored[k];
      }
    }
  });
});
