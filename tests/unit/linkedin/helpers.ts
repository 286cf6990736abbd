// Loads the fixture files (tests/fixtures/linkedin/*.json) and turns their readable JSON bodies into the
// strings the classifier sees on the wire.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Exchange, Observation } from '../../../lib/linkedin/vocabulary';

// From the project root (vitest runs there): import.meta.url is not a file URL under happy-dom.
export const FIXTURE_DIR = resolve(process.cwd(), 'tests/fixtures/linkedin');

export interface FixtureExchange {
  method: string;
  url: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

/** An expected observation; `keyPrefix` stands for a key we only know the start of (hash keys). */
export type ShapeExpectation = Record<string, unknown> & { keyPrefix?: string };

export interface FixtureCase {
  name: string;
  exchange: FixtureExchange;
  expect?: Observation[];
  expectShape?: ShapeExpectation[];
}

export interface FlowStep {
  atMinutes: number;
  exchange: FixtureExchange;
  expect?: Observation[];
  expectShape?: ShapeExpectation[];
}

export interface FlowsFile {
  _source: string;
  secrets: string[];
  flows: { name: string; steps: FlowStep[] }[];
}

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, name), 'utf8')) as T;
}

export function caseFiles(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'flows.json')
    .sort();
}

export function allCases(): { file: string; c: FixtureCase }[] {
  return caseFiles().flatMap((file) =>
    readFixture<{ cases: FixtureCase[] }>(file).cases.map((c) => ({ file, c })),
  );
}

function wire(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  return typeof body === 'string' ? body : JSON.stringify(body);
}

export function toExchange(raw: FixtureExchange): Exchange {
  const x: Exchange = { method: raw.method, url: raw.url, status: raw.status };
  const req = wire(raw.requestBody);
  const res = wire(raw.responseBody);
  if (req !== undefined) x.requestBody = req;
  if (res !== undefined) x.responseBody = res;
  return x;
}

export function expectObservations(
  got: Observation[],
  exact: Observation[] | undefined,
  shape: ShapeExpectation[] | undefined,
): void {
  if (exact) {
    expect(got).toEqual(exact);
    return;
  }
  expect(got).toHaveLength(shape?.length ?? 0);
  (shape ?? []).forEach((want, i) => {
    const { keyPrefix, ...fields } = want;
    const o = got[i] as Record<string, unknown>;
    expect(o).toMatchObject(fields);
    if (keyPrefix) expect(String(o.key).startsWith(keyPrefix)).toBe(true);
    // A shape lists every field but the key: nothing unexpected may ride along.
    expect(Object.keys(o).sort()).toEqual([...Object.keys(fields), 'key'].sort());
  });
}

/** Every secret (note, message, subject text) used anywhere in the fixtures. */
let secrets: string[] | undefined;
export function fixtureSecrets(): string[] {
  secrets ??= readFixture<FlowsFile>('flows.json').secrets;
  return secrets;
}
