// The guardianship subgraph in the running federation: its fields on Person, its audited idempotent write, and its refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, type Federation, postGraphQL, startFederation } from '../federation-harness.js';

const backends = await availableBackends();

type Entry = { id: string; kind: string; recordedOn: string; regionCode: string };

describe.each(backends)('the guardianship subgraph on %s', (backend) => {
  let federation: Federation;
  let pid: string;
  let county: string;
  const db = () => federation.subgraphs.guardianship!.db;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 60, seed: 11 });
    const row: { pid: string; county_code: string } = await db()('guardianship_entry').first('pid', 'county_code').orderBy('pid');
    pid = row.pid;
    county = row.county_code;
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const entriesOf = async (token: string) =>
    federation.query<{ person: { guardianshipEntries: Entry[] | null } | null }>(`query Entries($pid: ID!) { person(pid: $pid) { guardianshipEntries { id kind recordedOn regionCode } } }`, { pid }, undefined, token);

  it('refuses a direct call without a token', async () => {
    const answer = await postGraphQL(federation.subgraphs.guardianship!.server.graphqlUrl, '{ _service { sdl } }', {}, null);
    expect(answer.status).toBe(401);
  });

  it('adds the person\'s entries to Person through the gateway, and audits the read', async () => {
    const before = (await db()('audit_log').where({ pid, action: 'READ' })).length;
    const answer = await entriesOf(await federation.tokenFor('GUARDIANSHIP_OFFICER'));
    expect(answer.errors).toBeUndefined();
    const expected = await db()('guardianship_entry').where({ pid });
    expect(answer.data!.person!.guardianshipEntries!.map((e) => e.id).sort()).toEqual(expected.map((r: { id: string | number }) => String(r.id)).sort());
    expect((await db()('audit_log').where({ pid, action: 'READ' })).length).toBeGreaterThan(before);
  });

  it('shows nothing to a role the SDL does not name, nor outside the caller\'s region', async () => {
    const other = await entriesOf(await federation.tokenFor('EMPLOYMENT_OFFICER'));
    expect(other.data?.person?.guardianshipEntries ?? null).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = county.startsWith('11') ? '310000' : '110000';
    const outside = await entriesOf(await federation.tokenFor('GUARDIANSHIP_OFFICER', { region: elsewhere }));
    expect(outside.data?.person?.guardianshipEntries ?? []).toEqual([]);
  });

  it('writes an entry once under a retried key, with its audit row in the same transaction', async () => {
    const token = await federation.tokenFor('GUARDIANSHIP_OFFICER');
    const mutation = `mutation Record($input: RecordGuardianshipEntryInput!) { recordGuardianshipEntry(input: $input) { id kind recordedOn regionCode } }`;
    const input = { pid, countyCode: county, kind: 'FOLLOW_UP_CALL', recordedOn: '2026-01-05', idempotencyKey: `scaffold-${backend}-1` };
    const first = await federation.query<{ recordGuardianshipEntry: Entry }>(mutation, { input }, undefined, token);
    expect(first.errors).toBeUndefined();
    const again = await federation.query<{ recordGuardianshipEntry: Entry }>(mutation, { input }, undefined, token);
    expect(again.data!.recordGuardianshipEntry).toEqual(first.data!.recordGuardianshipEntry);
    expect((await db()('guardianship_entry').where({ pid, kind: 'FOLLOW_UP_CALL' })).length).toBe(1);
    expect((await db()('audit_log').where({ pid, action: 'WRITE' })).length).toBe(1);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const token = await federation.tokenFor('GUARDIANSHIP_OFFICER');
    const mutation = `mutation Record($input: RecordGuardianshipEntryInput!) { recordGuardianshipEntry(input: $input) { id } }`;
    const count = async () => (await db()('guardianship_entry').count({ n: '*' }).first())!.n;
    const before = Number(await count());
    const cases: [Record<string, unknown>, string][] = [
      [{ pid: 'not-a-pid' }, 'BAD_USER_INPUT'],
      [{ kind: 'free text' }, 'BAD_USER_INPUT'],
      [{ recordedOn: '2999-01-01' }, 'BAD_USER_INPUT'],
      [{ countyCode: county.startsWith('11') ? '310101' : '110101' }, 'FORBIDDEN'],
    ];
    const regional = await federation.tokenFor('GUARDIANSHIP_OFFICER', { region: county });
    for (const [change, code] of cases) {
      const answer = await federation.query(mutation, { input: { pid, countyCode: county, kind: 'CHECK', recordedOn: '2026-01-05', ...change } }, undefined, code === 'FORBIDDEN' ? regional : token);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe(code);
    }
    expect(Number(await count())).toBe(before);
  });
});
