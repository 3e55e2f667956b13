// The federation bench's harness on tiny data: it runs, every target answers without a failure, and the document goes where it is told. Never a timing assertion.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES, type AgencyName } from '#platform/config/agencies.js';
import { seedDatabases } from '../../bench/bench-databases.js';
import { BENCHMARKS_DOC } from '../../bench/benchmarks-doc.js';
import { sectionHeading } from '../../bench/federation-doc.js';
import { runAndDocument, type FederationRunResult } from '../../bench/federation-run.js';
import { availableBackends, createScratchDatabase } from '../federation-harness.js';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PEOPLE = 300;

const postgres = (await availableBackends()).includes('postgres');

describe.skipIf(!postgres)('npm run bench on 300 people (smoke)', () => {
  const drops: (() => Promise<void>)[] = [];
  const docDir = mkdtempSync(path.join(tmpdir(), 'pj-bench-smoke-'));
  const docFile = path.join(docDir, 'benchmarks.md');
  const realDoc = existsSync(BENCHMARKS_DOC) ? { text: readFileSync(BENCHMARKS_DOC, 'utf8'), modified: statSync(BENCHMARKS_DOC).mtimeMs } : null;
  let outcome: FederationRunResult;

  beforeAll(async () => {
    const urls = {} as Record<AgencyName, string>;
    for (const agency of AGENCIES) {
      const scratch = await createScratchDatabase(`bench_${agency}`);
      drops.push(scratch.drop);
      urls[agency] = scratch.url;
    }
    const linkageKey = await seedDatabases(urls, { people: PEOPLE, seed: 5 }, { progressBar: false });
    outcome = await runAndDocument({
      adminUrl: ADMIN_URL,
      databases: { urls, names: AGENCIES.map((agency) => new URL(urls[agency]).pathname.slice(1)), linkageKey, seededSeconds: null },
      people: PEOPLE,
      seed: 5,
      connections: 2,
      seconds: 1,
      warmUpSeconds: 0.3,
      rounds: 1,
      maxRequests: 500,
      hive: true,
      profileSeconds: 1,
      docFile,
      log: () => undefined,
    });
  }, 150_000);

  afterAll(async () => {
    for (const drop of drops) await drop();
    rmSync(docDir, { recursive: true, force: true });
  });

  it('measures every query on every target it started, and no request fails', () => {
    expect(outcome.run.targets).toEqual(expect.arrayContaining(['ours', 'floor']));
    // Hive Gateway is measured whenever it answers; otherwise the run says why it is missing.
    expect(outcome.run.targets.includes('hive') || outcome.run.hiveNote !== null).toBe(true);
    expect(outcome.run.results.map((r) => r.key)).toEqual([
      'journey',
      'patientPage',
      'indicators',
      'indicatorSeries',
      'referralPage',
      'employmentReferralPage',
      'review',
    ]);
    for (const result of outcome.run.results) {
      for (const target of outcome.run.targets) {
        expect(result.figures[target]?.responses, `${result.name} on ${target}`).toBeGreaterThan(0);
      }
    }
    expect(outcome.failures).toBe(0);
  });

  it('confirms in the database every transition it counted as done', () => {
    const review = outcome.run.results.find((r) => r.key === 'review')!;
    for (const target of outcome.run.targets)
      expect(review.confirmedWrites?.[target]).toBeGreaterThanOrEqual(review.figures[target]!.responses - review.figures[target]!.failedAnswers);
  });

  it('reads the peak memory of each process and profiles our gateway', () => {
    for (const name of ['registry', 'welfare', 'employment', 'gateway', 'floor']) expect(outcome.run.memory[name]).toBeGreaterThan(0);
    expect(outcome.run.profile?.functions.length).toBeGreaterThan(0);
  });

  it("reads each target's CPU time per answer: its own process, and PostgreSQL's for the floor's SQL", () => {
    for (const result of outcome.run.results) {
      expect(result.cpu?.ours?.gateway, result.name).toBeGreaterThan(0);
      expect(result.cpu?.floor?.floor, result.name).toBeGreaterThan(0);
      expect(result.cpu?.floor?.postgres, result.name).toBeGreaterThan(0);
    }
  });

  it('writes its section to the file it was given, never to docs/benchmarks.md', () => {
    const written = readFileSync(docFile, 'utf8');
    expect(written).toContain(sectionHeading(PEOPLE));
    expect(written).toContain('| **ours / floor** |');
    expect(written).toMatch(/\| Target \| our gateway \|.*\| PostgreSQL \| total \|/);
    const now = existsSync(BENCHMARKS_DOC) ? { text: readFileSync(BENCHMARKS_DOC, 'utf8'), modified: statSync(BENCHMARKS_DOC).mtimeMs } : null;
    expect(now).toEqual(realDoc);
  });
});
