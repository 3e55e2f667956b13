// Analysts get de-identified rows: pseudonyms that hold only within one token, and dates to the month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, startFederation } from '../federation-harness.js';

type Page = { patients: { nodes: { pid: string; registry: { registeredOn: string; diagnosis: { diagnosedOn: string } } }[]; pageInfo: { endCursor: string } } };

describe('analysts', () => {
  let federation: Federation;
  let realPids: Set<string>;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 150, seed: 23 });
    realPids = new Set((await federation.agencies.registry.db('patient').select('pid')).map((r: { pid: string }) => r.pid));
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const PAGE =
    '{ patients(filter: { regionCode: "440000" }, first: 20) { nodes { pid registry { registeredOn diagnosis { diagnosedOn } } } pageInfo { endCursor } } }';

  it('never receive a real pid, and dates come to the month', async () => {
    const token = await federation.tokenFor('ANALYST');
    const body = await federation.query<Page>(PAGE, undefined, undefined, token);
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.patients.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.pid).toMatch(/^anon[a-z2-7]{52}$/);
      expect(node.registry.registeredOn).toMatch(/-01$/);
      expect(node.registry.diagnosis.diagnosedOn).toMatch(/-01$/);
    }
    const text = JSON.stringify(body);
    expect([...realPids].filter((pid) => text.includes(pid))).toEqual([]);
    const [cursorValue] = JSON.parse(Buffer.from(body.data!.patients.pageInfo.endCursor.split('.')[0]!, 'base64url').toString()) as string[];
    expect(realPids.has(cursorValue!)).toBe(false);
  });

  it('follow one pseudonymous person across the three agencies within their token', async () => {
    const token = await federation.tokenFor('ANALYST');
    const referred: { pid: string }[] = await federation.agencies.welfare.db('referral').select('pid').where('county_code', 'like', '44%');
    const referredPids = new Set(referred.map((r) => r.pid));
    const page = await federation.query<{ patients: { nodes: { pid: string; referrals: { submittedAt: string }[] }[] } }>(
      '{ patients(filter: { regionCode: "440000" }, first: 200) { nodes { pid referrals { submittedAt } } } }',
      undefined,
      undefined,
      token,
    );
    expect(page.errors).toBeUndefined();
    const withReferral = page.data!.patients.nodes.filter((n) => n.referrals.length > 0);
    // The welfare subgraph found the referrals from the pseudonymous references alone.
    expect(referredPids.size).toBeGreaterThan(0);
    expect(withReferral.length).toBeGreaterThan(0);
    expect(withReferral.every((n) => n.referrals.every((r) => /-01T00:00:00\+08:00$/.test(r.submittedAt)))).toBe(true);

    const pseudonym = withReferral[0]!.pid;
    const again = await federation.query<{ person: { pid: string; referrals: unknown[] } | null }>(
      `{ person(pid: "${pseudonym}") { pid referrals { status } } }`,
      undefined,
      undefined,
      token,
    );
    expect(again.data?.person?.pid).toBe(pseudonym);
    expect(again.data?.person?.referrals.length).toBe(withReferral[0]!.referrals.length);
  });

  it('cannot link pseudonyms across tokens', async () => {
    const first = await federation.query<Page>(PAGE, undefined, undefined, await federation.tokenFor('ANALYST'));
    const secondToken = await federation.tokenFor('ANALYST');
    const second = await federation.query<Page>(PAGE, undefined, undefined, secondToken);
    const a = first.data!.patients.nodes.map((n) => n.pid);
    const b = second.data!.patients.nodes.map((n) => n.pid);
    expect(a.filter((pid) => b.includes(pid))).toEqual([]);
    const lookup = await federation.query<{ person: unknown }>(`{ person(pid: "${a[0]}") { pid } }`, undefined, undefined, secondToken);
    expect(lookup.data?.person).toBeNull();
  });
});
