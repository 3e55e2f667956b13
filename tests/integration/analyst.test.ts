// Analysts see aggregates only (DOMAIN.md §6): every person-level list and entity is FORBIDDEN to them,
// through the gateway with real tokens, while the indicators still answer. And list cursors are
// opaque: sealed, readable by no client, and refused to any caller but the one they were issued to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';

/** Every person-level root of the supergraph, as an analyst might try it. */
const PERSON_LEVEL_ROOTS: Record<string, string> = {
  person: '{ person(pid: "%PID%") { pid } }',
  patients: '{ patients(filter: { regionCode: "440000" }, first: 5) { nodes { pid } pageInfo { endCursor } } }',
  overdueFollowUps: '{ overdueFollowUps(countyCode: "440106", first: 5) { pageInfo { endCursor } } }',
  referral: '{ referral(id: "%REFERRAL%") { id } }',
  referrals: '{ referrals(filter: { regionCode: "440000" }, first: 5) { nodes { id } } }',
  overdueReferrals: '{ overdueReferrals(regionCode: "440000", deadline: REGISTRATION, first: 5) { nodes { id } } }',
  overdueAssessments: '{ overdueAssessments(regionCode: "440000", first: 5) { nodes { id } } }',
  waitingList: '{ waitingList(countyCode: "440106", first: 5) { nodes { id } } }',
  nextInLine: '{ nextInLine(countyCode: "440106") { __typename } }',
  employmentReferrals: '{ employmentReferrals(regionCode: "440000", first: 5) { nodes { id } } }',
  referredNotPlaced: '{ referredNotPlaced(regionCode: "440000", first: 5) { nodes { id } } }',
  placementsEndingSoon: '{ placementsEndingSoon(regionCode: "440000", first: 5) { nodes { id } } }',
};

const FOLLOW_UP_PAGES = `{ patients(filter: { regionCode: "440000" }, first: 100) {
  nodes { pid registry { registeredOn followUps(first: 1) { pageInfo { hasNextPage endCursor } } } } } }`;
const NEXT_FOLLOW_UP_PAGE = `query ($pid: ID!, $after: String) { person(pid: $pid) { registry { followUps(first: 1, after: $after) { pageInfo { endCursor } } } } }`;

type FollowUpPages = {
  patients: {
    nodes: { pid: string; registry: { registeredOn: string; followUps: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null }[];
  };
};

describe('analysts', () => {
  let federation: Federation;
  let somePid: string;
  let someReferral: string;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 150, seed: 23 });
    somePid = ((await federation.agencies.registry.db('patient').first('pid')) as { pid: string }).pid;
    someReferral = ((await federation.agencies.welfare.db('referral').first('id')) as { id: string }).id;
  });
  afterAll(async () => {
    await federation?.stop();
  });

  it.each(Object.keys(PERSON_LEVEL_ROOTS))('are refused %s, as FORBIDDEN with no rows', async (root) => {
    const query = PERSON_LEVEL_ROOTS[root]!.replace('%PID%', somePid).replace('%REFERRAL%', someReferral);
    const body = (await federation.query(query, undefined, undefined, await federation.tokenFor('ANALYST'))) as GraphQLBody<LooseData>;
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(body.data?.[root] ?? null).toBeNull();
    // The refusal names no person.
    expect(JSON.stringify(body.errors)).not.toContain(somePid);
  });

  it('are refused every field of a person, also through _entities', async () => {
    const analyst = await federation.tokenFor('ANALYST');
    const body = (await federation.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { pid } } }`,
      { r: [{ __typename: 'Person', pid: somePid }] },
      federation.agencies.welfare.server.graphqlUrl,
      analyst,
    )) as GraphQLBody<LooseData>;
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toContain(somePid);
  });

  it('still read the indicators', async () => {
    const body = (await federation.query(
      '{ rehabIndicators(regionCode: "440000", year: 2026) { regionCode registryActivePatients meanWaitingDays employmentRate } }',
      undefined,
      undefined,
      await federation.tokenFor('ANALYST'),
    )) as GraphQLBody<LooseData>;
    expect(body.data?.rehabIndicators?.regionCode).toBe('440000');
    expect((body.errors ?? []).every((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED')).toBe(true);
  });
});

describe('list cursors', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 150, seed: 23 });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  it('reveal no date, and only their caller can page on with them', async () => {
    const officer = await federation.tokenFor('REGISTRY_OFFICER');
    const pages = (await federation.query(FOLLOW_UP_PAGES, undefined, undefined, officer)) as GraphQLBody<FollowUpPages>;
    expect(pages.errors).toBeUndefined();
    const node = pages.data!.patients.nodes.find((n) => n.registry?.followUps.pageInfo.hasNextPage)!;
    expect(node).toBeDefined();
    const cursor = node.registry!.followUps.pageInfo.endCursor!;
    const bytes = Buffer.from(cursor, 'base64url');
    for (const view of [cursor, bytes.toString('utf8'), bytes.toString('latin1')]) {
      expect(view).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(view).not.toContain(node.pid);
    }
    expect(() => JSON.parse(bytes.toString('utf8'))).toThrow();

    // The same officer with a refreshed token pages on.
    const refreshed = await federation.tokenFor('REGISTRY_OFFICER');
    const next = (await federation.query(NEXT_FOLLOW_UP_PAGE, { pid: node.pid, after: cursor }, undefined, refreshed)) as GraphQLBody<LooseData>;
    expect(next.errors).toBeUndefined();
    expect(next.data?.person?.registry?.followUps).toBeTruthy();

    // Another officer, or the same one under another role or region, is refused the cursor as bad input.
    for (const other of [
      await federation.tokenFor('REGISTRY_OFFICER', { subject: 'another-officer' }),
      await federation.tokenFor('HOSPITAL_CLINICIAN', { subject: 'dev-registry_officer' }),
      await federation.tokenFor('REGISTRY_OFFICER', { region: '440000' }),
    ]) {
      const refused = (await federation.query(NEXT_FOLLOW_UP_PAGE, { pid: node.pid, after: cursor }, undefined, other)) as GraphQLBody<LooseData>;
      const error = refused.errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      expect(error?.message).toBe('after 不是本列表返回的游标');
    }
  });
});
