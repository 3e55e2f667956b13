import { describe, expect, it } from 'vitest';
import { consistencyProblems } from './consistency.js';
import { createSeedContext, DEFAULT_TODAY } from './context.js';
import { fillWaitingCounties } from './institutions.js';
import { generatePerson } from './person-records.js';
import { appendSeedRows, emptySeedRows, type SeedRows } from './tables.js';

/** A fresh, consistent data set for each test to break in one way. */
function sample(): SeedRows {
  const { context, institutions, courses } = createSeedContext({ seed: 5, people: 200, linkageKey: Buffer.alloc(32, 5) });
  const rows = emptySeedRows();
  rows.welfare.institution = institutions;
  rows.employment.training_course = courses;
  for (let index = 0; index < 200; index++) appendSeedRows(rows, generatePerson(5, index, context));
  fillWaitingCounties(rows.welfare.institution, rows.welfare.referral);
  return rows;
}

const problems = (rows: SeedRows): string[] => consistencyProblems(rows, { today: DEFAULT_TODAY });

describe('consistencyProblems', () => {
  it('finds nothing wrong with generated data', () => {
    expect(problems(sample())).toEqual([]);
  });

  it('notices a version that does not count the transitions', () => {
    const rows = sample();
    const referral = rows.welfare.referral[0];
    if (referral) referral.version += 1;
    expect(problems(rows).join('\n')).toMatch(/version/);
  });

  it('notices an illegal step in a history', () => {
    const rows = sample();
    const step = rows.welfare.referral_transition.find((transition) => transition.to_status === 'REGISTERED');
    if (step) step.to_status = 'IN_SERVICE';
    expect(problems(rows).join('\n')).toMatch(/illegal transition SUBMITTED → IN_SERVICE/);
  });

  it('notices an institution holding more cases than it has places', () => {
    const rows = sample();
    const held = rows.welfare.referral.find((referral) => referral.status === 'IN_SERVICE');
    const institution = rows.welfare.institution.find((candidate) => candidate.id === held?.institution_id);
    if (institution) institution.capacity = 0;
    expect(problems(rows).join('\n')).toMatch(/active cases for 0 places/);
  });

  it('notices a benefit for someone the registry does not know', () => {
    const rows = sample();
    const benefit = rows.welfare.benefit[0];
    if (benefit) benefit.pid = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    expect(problems(rows)).toContain('benefit: 1 rows of people who are not registry patients');
  });

  it('notices overlapping placements and events after today', () => {
    const rows = sample();
    const placement = rows.employment.placement[0];
    if (placement) rows.employment.placement.push({ ...placement, ended_on: null });
    const visit = rows.registry.follow_up[0];
    if (visit) visit.visit_date = '2027-01-01';
    const found = problems(rows).join('\n');
    expect(found).toMatch(/overlapping placements/);
    expect(found).toMatch(/follow_up.visit_date: 1 values after today/);
  });

  it('notices a missing status only when asked to', () => {
    const rows = sample();
    rows.welfare.referral = rows.welfare.referral.filter((referral) => referral.status !== 'TRANSFER_PENDING');
    const ids = new Set(rows.welfare.referral.map((referral) => referral.id));
    rows.welfare.referral_transition = rows.welfare.referral_transition.filter((transition) => ids.has(transition.referral_id));
    rows.welfare.referral_consent = rows.welfare.referral_consent.filter((consent) => ids.has(consent.referral_id));
    expect(problems(rows)).toEqual([]);
    expect(consistencyProblems(rows, { today: DEFAULT_TODAY, everyStatus: true })).toEqual(['no referral ends in status TRANSFER_PENDING']);
  });

  it('notices an open case of a person who died, a case without the registry guardian, a missing guardian signature and a wait beside a free place', () => {
    const rows = sample();
    const open = rows.welfare.referral.find((referral) => referral.status === 'IN_SERVICE')!;
    const person = rows.registry.patient.find((patient) => patient.pid === open.pid)!;
    person.management_status = 'DECEASED';
    person.status_since = '2020-01-01';
    const guarded = rows.welfare.referral.find((referral) => referral.has_guardian === true)!;
    const consent = rows.welfare.referral_consent.find((c) => c.referral_id === guarded.id)!;
    consent.granted_by = 'PATIENT';
    const other = rows.welfare.referral.find((referral) => referral.has_guardian === false)!;
    other.has_guardian = null;
    const waiting = rows.welfare.referral.find((referral) => referral.status === 'WAITLISTED')!;
    rows.welfare.institution.find((institution) => institution.county_code === waiting.county_code)!.capacity += 1;
    const found = problems(rows).join('\n');
    expect(found).toMatch(new RegExp(`referral ${open.id}: still IN_SERVICE though the person died`));
    expect(found).toMatch(new RegExp(`referral ${open.id}: moved on after the person died`));
    expect(found).toMatch(new RegExp(`referral ${guarded.id}: ${consent.scope} consent signed by PATIENT`));
    expect(found).toMatch(new RegExp(`referral ${other.id}: hasGuardian null differs from the registry`));
    expect(found).toMatch(new RegExp(`county ${waiting.county_code}: cases wait while 1 places are free`));
  });
});
