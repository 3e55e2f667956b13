// One person's journey across the three agencies in one request, through federation (@requires), with each agency's access rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation } from '../federation-harness.js';

const backends = await availableBackends();

type Event = { at: string; source: string; kind: string; summary: string };
type Answer = GraphQLBody<{ person: { pid: string; journey: Event[] } | null }>;
const JOURNEY = `query Journey($pid: ID!, $since: Date, $until: Date, $sources: [Agency!]) {
  person(pid: $pid) { pid journey(since: $since, until: $until, sources: $sources) { at source kind summary } }
}`;

describe.each(backends)('the journey on %s', (backend) => {
  let federation: Federation;
  let pid: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 300, seed: 7 });
    // Someone with a consented registry record, a referral in service or beyond, and a certificate.
    const consented: { pid: string }[] = await federation.agencies.registry
      .db('consent')
      .select('pid')
      .where({ scope: 'REFERRAL_UPLOAD' })
      .whereNull('revoked_at');
    const certified: { pid: string }[] = await federation.agencies.employment
      .db('disability_certificate')
      .select('pid')
      .whereIn(
        'pid',
        consented.map((r) => r.pid),
      );
    const served: { pid: string }[] = await federation.agencies.welfare
      .db('referral as r')
      .join('service_record as s', 's.referral_id', 'r.id')
      .distinct('r.pid')
      .whereIn(
        'r.pid',
        certified.map((r) => r.pid),
      )
      .orderBy('r.pid');
    expect(served.length).toBeGreaterThan(0);
    pid = served[0]!.pid;
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const journeyOf = async (token: string, variables: Record<string, unknown> = {}) =>
    (await federation.query(JOURNEY, { pid, ...variables }, undefined, token)) as Answer;

  it("merges the three agencies' events into one list, oldest first, each counted from its own records", async () => {
    const body = await journeyOf(await federation.tokenFor('SOCIAL_WORKER'));
    expect(body.errors).toBeUndefined();
    const events = body.data!.person!.journey;
    const instants = events.map((e) => Date.parse(e.at));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.source))).toEqual(new Set(['HEALTH', 'CIVIL_AFFAIRS', 'DISABLED_PERSONS_FEDERATION']));

    const count = (kind: string | RegExp) => events.filter((e) => (typeof kind === 'string' ? e.kind === kind : kind.test(e.kind))).length;
    const { registry, welfare } = federation.agencies;
    expect(count('FOLLOW_UP')).toBe((await registry.db('follow_up').where({ pid })).length);
    expect(count('DIAGNOSED')).toBe(1);
    const referralIds = (await welfare.db('referral').where({ pid }).select('id')).map((r: { id: string }) => r.id);
    expect(count(/^REFERRAL_/)).toBe((await welfare.db('referral_transition').whereIn('referral_id', referralIds)).length);
    expect(count('SERVICE')).toBe((await welfare.db('service_record').whereIn('referral_id', referralIds)).length);
    expect(count('CERTIFICATE_ISSUED')).toBe(1);
    expect(events.every((e) => e.summary.length > 0 && !e.summary.includes(pid))).toBe(true);
  });

  it("speaks the caller's language: Chinese by default, English on Accept-Language, every agency alike, the kinds unchanged", async () => {
    const token = await federation.tokenFor('SOCIAL_WORKER');
    const chinese = (await journeyOf(token)).data!.person!.journey;
    const english = ((await postGraphQL(federation.gateway.graphqlUrl, JOURNEY, { pid }, token, { 'accept-language': 'en-GB,en;q=0.9' })) as Answer).data!
      .person!.journey;
    expect(english.map((e) => e.kind)).toEqual(chinese.map((e) => e.kind));
    const diagnosis = await federation.agencies.registry.db('diagnosis').where({ pid }).first();
    const diagnosed = (events: Event[]) => events.find((e) => e.kind === 'DIAGNOSED')?.summary;
    expect(diagnosed(chinese)).toMatch(new RegExp(`^确诊：.+（${diagnosis.icd10.replace('.', '\\.')}）$`));
    expect(diagnosed(english)).toMatch(new RegExp(`^Diagnosed: [a-z ]+ \\(${diagnosis.icd10.replace('.', '\\.')}\\)$`));
    // Each agency's own events, in each language: no English left in the Chinese list, and none of the Chinese in the English one.
    for (const source of ['HEALTH', 'CIVIL_AFFAIRS', 'DISABLED_PERSONS_FEDERATION']) {
      expect(chinese.filter((e) => e.source === source).every((e) => /[\u4e00-\u9fff]/.test(e.summary) && !/[a-z]{4,}/.test(e.summary))).toBe(true);
      expect(english.filter((e) => e.source === source).every((e) => !/[\u4e00-\u9fff]/.test(e.summary))).toBe(true);
    }
  });

  it('keeps the days and the agencies asked for', async () => {
    const token = await federation.tokenFor('SOCIAL_WORKER');
    const all = (await journeyOf(token)).data!.person!.journey;
    const middle = all[Math.floor(all.length / 2)]!.at.slice(0, 10);
    const since = (await journeyOf(token, { since: middle })).data!.person!.journey;
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((e) => e.at.slice(0, 10) >= middle)).toBe(true);
    const until = (await journeyOf(token, { until: middle })).data!.person!.journey;
    expect(since.length + until.length).toBeGreaterThanOrEqual(all.length);
    const health = (await journeyOf(token, { sources: ['HEALTH'] })).data!.person!.journey;
    expect(health.length).toBe(all.filter((e) => e.source === 'HEALTH').length);
    expect(health.every((e) => e.source === 'HEALTH')).toBe(true);
  });

  it("shows each role only what its agency's rules allow", async () => {
    // Employment officers never see health data, nor a case's services and assessments.
    const officer = await journeyOf(await federation.tokenFor('EMPLOYMENT_OFFICER', { purpose: 'EMPLOYMENT' }));
    expect(officer.errors).toBeUndefined();
    const kinds = officer.data!.person!.journey.map((e) => `${e.source}:${e.kind}`);
    expect(kinds.some((k) => k.startsWith('HEALTH:'))).toBe(false);
    expect(kinds.some((k) => /^CIVIL_AFFAIRS:(SERVICE|ASSESSMENT_)/.test(k))).toBe(false);
    expect(kinds.some((k) => k.startsWith('DISABLED_PERSONS_FEDERATION:'))).toBe(true);
    // A region the person does not live in: nobody there, no hint of existence.
    const county: { county_code: string } = await federation.agencies.registry.db('patient').where({ pid }).first('county_code');
    const elsewhere = county.county_code.startsWith('11') ? '310000' : '110000';
    const outside = await journeyOf(await federation.tokenFor('SOCIAL_WORKER', { region: elsewhere }));
    expect(outside.data!.person).toBeNull();
    // The data-protection officer reads audit trails, not journeys.
    expect((await journeyOf(await federation.tokenFor('DATA_PROTECTION_OFFICER', { purpose: 'AUDIT' }))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses analysts the journey: they see aggregates only', async () => {
    const body = (await federation.query(JOURNEY, { pid }, undefined, await federation.tokenFor('ANALYST'))) as Answer;
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.data?.person ?? null).toBeNull();
  });

  it("records the reads in each agency's audit log", async () => {
    const auditRows = async (name: 'registry' | 'welfare' | 'employment') => (await federation.agencies[name].db('audit_log').where({ pid })).length;
    const counts = { registry: await auditRows('registry'), welfare: await auditRows('welfare'), employment: await auditRows('employment') };
    await journeyOf(await federation.tokenFor('SOCIAL_WORKER'));
    for (const name of ['registry', 'welfare', 'employment'] as const) expect(await auditRows(name)).toBeGreaterThan(counts[name]);
  });
});
