// Nothing personal in logs: every line written while the federation works is searched for seeded names, citizen IDs and pids.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { createSeedContext } from '../../scripts/seed/index.js';
import { generatePersonIdentity } from '../../scripts/seed/people.js';
import { Random } from '../../scripts/seed/random.js';
import { type Federation, startFederation } from '../federation-harness.js';

const PEOPLE = 120;
const SEED = 17;

describe('logs', () => {
  let federation: Federation;
  let logFile: string;
  const previous = { file: process.env.LOG_FILE, level: process.env.LOG_LEVEL };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pj-logs-'));
    logFile = path.join(dir, 'servers.log');
    process.env.LOG_FILE = logFile;
    process.env.LOG_LEVEL = 'debug';
    federation = await startFederation('pglite', { people: PEOPLE, seed: SEED });
  });
  afterAll(async () => {
    await federation?.stop();
    process.env.LOG_FILE = previous.file;
    process.env.LOG_LEVEL = previous.level;
    if (previous.file === undefined) delete process.env.LOG_FILE;
    if (previous.level === undefined) delete process.env.LOG_LEVEL;
    rmSync(path.dirname(logFile), { recursive: true, force: true });
  });

  it('carry request id, operation, role and timing, and no name, citizen ID or pid, whatever the requests did', async () => {
    const officer = await federation.tokenFor('REGISTRY_OFFICER');
    const social = await federation.tokenFor('SOCIAL_WORKER');
    const page = await federation.query<{ patients: { nodes: { pid: string }[] } }>(
      'query Page { patients(filter: { regionCode: "440000" }, first: 50) { nodes { pid registry { riskLevel diagnosis { category } } } } }',
      undefined,
      undefined,
      officer,
    );
    const pids = page.data!.patients.nodes.map((n) => n.pid);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids.slice(0, 10)) {
      await federation.query(
        `query One { person(pid: "${pid}") { registry { riskLevel } referrals { status history { to } } benefits { kind } disabilityCertificate { grade } employment { status } } }`,
        undefined,
        undefined,
        social,
      );
    }
    // Requests that fail: a forbidden field, an invalid citizen ID, a duplicate registration, a malformed pid.
    await federation.query(`{ person(pid: "${pids[0]}") { disabilityCertificate { grade } } }`, undefined, undefined, officer);
    const badId = buildCitizenId('440305', '1990-01-01', 5).replace(/.$/, (c) => (c === '1' ? '2' : '1'));
    await federation.query(
      'mutation Bad($id: CitizenId!) { registerPatient(input: { citizenId: $id, name: "泄露测试", countyCode: "440305", diagnosis: SCHIZOPHRENIA, icd10: "F20", diagnosedOn: "2020-01-01", riskLevel: 0 }) { person { pid } } }',
      { id: badId },
      undefined,
      officer,
    );
    const goodId = buildCitizenId('440305', '1991-02-02', 7);
    for (let i = 0; i < 2; i++) {
      await federation.query(
        'mutation Twice($id: CitizenId!) { registerPatient(input: { citizenId: $id, name: "重复登记", countyCode: "440305", diagnosis: SCHIZOPHRENIA, icd10: "F20", diagnosedOn: "2020-01-01", riskLevel: 0 }) { person { pid } } }',
        { id: goodId },
        undefined,
        officer,
      );
    }
    await federation.query('{ person(pid: "not-a-pid") { pid } }', undefined, undefined, officer);

    expect(existsSync(logFile)).toBe(true);
    const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(10);
    expect(
      requests.some((r) => r.operationName === 'One' && r.role === 'SOCIAL_WORKER' && typeof r.durationMs === 'number' && typeof r.requestId === 'string'),
    ).toBe(true);

    const { context } = createSeedContext({ seed: SEED, people: PEOPLE, linkageKey: federation.linkageKey });
    const secrets = new Set<string>([badId, goodId, '泄露测试', '重复登记']);
    for (let i = 0; i < PEOPLE; i++) {
      // The same stream and order as the generator, so the same identities (the citizen IDs are never stored).
      const person = generatePersonIdentity(Random.for(SEED, 'person', i), SEED, i, federation.linkageKey, context.citizenIds);
      for (const value of [person.pid, person.citizenId, person.name]) secrets.add(value);
    }
    // The regenerated identities are the seeded ones: every pid the registry listed is among them.
    expect(pids.every((pid) => secrets.has(pid))).toBe(true);
    const text = lines.join('\n');
    const leaks = [...secrets].filter((secret) => text.includes(secret));
    expect(leaks).toEqual([]);
  });
});
