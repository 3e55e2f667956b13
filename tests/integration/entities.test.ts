// Entity references are batched: 1,000 Person references cost as many SQL statements as 10.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES, type AgencyName } from '#platform/config/agencies.js';
import type { Role } from '#platform/identity/identity.js';
import { availableBackends, type Federation, startFederation } from '../federation-harness.js';

const backends = await availableBackends();

/** The fields each subgraph contributes to Person, all requested at once. */
const PERSON_FIELDS: Record<AgencyName, string> = {
  registry: 'registry { regionCode riskLevel diagnosis { category } hospitalizations { admittedOn } }',
  welfare: 'referrals { id status } benefits { kind }',
  employment: 'disabilityCertificate { grade } employment { status placements { kind } trainings { course } }',
};

describe.each(backends)('_entities on %s', (backend) => {
  let federation: Federation;
  let pids: string[];

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 1000, seed: 3 });
    // People the federation holds a hand-off of come first: the first 10 then read what 1,000 read
    // (a social worker reads the employment record only of people shared with the federation).
    const all = (await federation.agencies.registry.db('patient').select('pid').orderBy('pid')).map((r: { pid: string }) => r.pid);
    const shared = new Set((await federation.agencies.employment.db('employment_referral').distinct('pid')).map((r: { pid: string }) => r.pid));
    pids = [...all.filter((pid) => shared.has(pid)), ...all.filter((pid) => !shared.has(pid))];
    expect(shared.size).toBeGreaterThanOrEqual(10);
  });
  afterAll(async () => {
    await federation?.stop();
  });

  async function statementsFor(name: AgencyName, count: number, fields = PERSON_FIELDS[name], role?: Role): Promise<{ reads: number; audit: number }> {
    const { db, server } = federation.agencies[name];
    const statements = { reads: 0, audit: 0 };
    const onQuery = (q: { sql: string }) => {
      if (/insert into "audit_log"/.test(q.sql)) statements.audit++;
      else statements.reads++;
    };
    db.on('query', onQuery);
    try {
      const representations = pids
        .slice(0, count)
        .map((pid) => ({ __typename: 'Person', pid, ...(name === 'registry' ? { welfareJourney: [], employmentJourney: [] } : {}) }));
      const body = await federation.query<{ _entities: unknown[] }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { pid ${fields} } } }`,
        { representations },
        server.graphqlUrl,
        // Health staff read registry records without a consent lookup; civil affairs' social worker reads the rest.
        role ? await federation.tokenFor(role) : name === 'registry' ? await federation.tokenFor('REGISTRY_OFFICER') : undefined,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?._entities).toHaveLength(count);
    } finally {
      db.off('query', onQuery);
    }
    return statements;
  }

  it.each(AGENCIES)('resolves 1,000 Person references on %s with as many statements as 10: at most 3 reads and 1 audit insert', async (name) => {
    const forTen = await statementsFor(name, 10);
    const forThousand = await statementsFor(name, 1000);
    expect(forThousand).toEqual(forTen);
    expect(forThousand.audit).toBe(1);
    expect(forThousand.reads).toBeGreaterThan(0);
    expect(forThousand.reads).toBeLessThanOrEqual(3);
  });

  /** Each agency's part of the journey, as the gateway asks it (the registry's with the others' events it requires). */
  const JOURNEY_FIELDS: Record<AgencyName, string> = {
    registry: 'journey { at source kind summary }',
    welfare: 'welfareJourney { at source kind summary }',
    employment: 'employmentJourney { at source kind summary }',
  };

  it.each(AGENCIES)("reads %s's part of 1,000 journeys as of 10: one statement of every source, and 1 audit insert", async (name) => {
    // A social worker: the registry then checks each person's upload consent, which the same statement answers.
    const forTen = await statementsFor(name, 10, JOURNEY_FIELDS[name], 'SOCIAL_WORKER');
    const forThousand = await statementsFor(name, 1000, JOURNEY_FIELDS[name], 'SOCIAL_WORKER');
    expect(forThousand).toEqual(forTen);
    // Employment first asks which of the people the platform shares with it (a held hand-off whose
    // EMPLOYMENT_SHARING consent was not revoked), then reads certificates and placements of those.
    expect(forThousand).toEqual({ reads: name === 'employment' ? 3 : 1, audit: 1 });
  });

  it.each(AGENCIES)('resolves a reference to an unknown pid on %s without an error', async (name) => {
    const body = await federation.query<{ _entities: { pid: string }[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { pid } } }`,
      { representations: [{ __typename: 'Person', pid: 'z'.repeat(32) }] },
      federation.agencies[name].server.graphqlUrl,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities[0]?.pid).toBe('z'.repeat(32));
  });
});
