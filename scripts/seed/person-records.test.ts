import { describe, expect, it } from 'vitest';
import { consistencyProblems } from './consistency.js';
import { fillWaitingCounties } from './institutions.js';
import { createSeedContext, DEFAULT_TODAY } from './context.js';
import { generatePerson } from './person-records.js';
import { appendSeedRows, emptySeedRows, type SeedRows } from './tables.js';

const linkageKey = Buffer.alloc(32, 9);

/** Everything a seed of `people` would write, without a database. */
function generate(people: number, seed: number, key = linkageKey): SeedRows {
  const { context, institutions, courses } = createSeedContext({ seed, people, linkageKey: key });
  const rows = emptySeedRows();
  rows.welfare.institution = institutions;
  rows.employment.training_course = courses;
  for (let index = 0; index < people; index++) appendSeedRows(rows, generatePerson(seed, index, context));
  // As seedDemoData does once every person is written.
  fillWaitingCounties(rows.welfare.institution, rows.welfare.referral);
  return rows;
}

describe('generatePerson', () => {
  const rows = generate(400, 1);

  it('gives the same rows for the same seed and different rows for another', () => {
    expect(generate(400, 1)).toEqual(rows);
    expect(generate(400, 2).registry.patient).not.toEqual(rows.registry.patient);
  });

  it('keeps every promise across the three databases, with each referral status present', () => {
    expect(consistencyProblems(rows, { today: DEFAULT_TODAY, everyStatus: true })).toEqual([]);
  });

  it.each([2, 3, 4])('is consistent for seed %i too', (seed) => {
    expect(consistencyProblems(generate(300, seed), { today: DEFAULT_TODAY, everyStatus: true })).toEqual([]);
  });

  it('makes everyone a registry patient and refers about 45 % of them', () => {
    expect(rows.registry.patient).toHaveLength(400);
    const referred = new Set(rows.welfare.referral.map((referral) => referral.pid)).size / 400;
    expect(referred).toBeGreaterThan(0.37);
    expect(referred).toBeLessThan(0.53);
  });

  it('mixes channels roughly 55 / 30 / 15', () => {
    const share = (channel: string) => rows.welfare.referral.filter((referral) => referral.channel === channel).length / rows.welfare.referral.length;
    expect(share('MEDICAL_INSTITUTION')).toBeGreaterThan(0.45);
    expect(share('VOLUNTARY_APPLICATION')).toBeGreaterThan(0.2);
    expect(share('THIRD_PARTY_APPLICATION')).toBeGreaterThan(0.08);
  });

  it('gives about 30 % benefits and 30 % disability certificates', () => {
    const withBenefit = new Set(rows.welfare.benefit.map((benefit) => benefit.pid)).size / 400;
    expect(withBenefit).toBeGreaterThan(0.22);
    expect(withBenefit).toBeLessThan(0.4);
    const certified = rows.employment.disability_certificate.length / 400;
    expect(certified).toBeGreaterThan(0.22);
    expect(certified).toBeLessThan(0.38);
  });

  it('follows most acknowledged employment hand-offs with a placement', () => {
    const handedOff = rows.welfare.referral.filter(
      (r) => r.close_reason === 'HANDOFF_ACKNOWLEDGED' && (r.outcome === 'EMPLOYMENT' || r.outcome === 'SHELTERED_EMPLOYMENT'),
    );
    const placed = new Set(rows.employment.placement.map((placement) => placement.pid));
    expect(handedOff.filter((referral) => placed.has(referral.pid)).length / handedOff.length).toBeGreaterThan(0.7);
  });

  it('stores no citizen ID anywhere and changes only the pids under another linkage key', () => {
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const other = generate(400, 1, Buffer.alloc(32, 10));
    expect(other.registry.patient.map((patient) => patient.pid)).not.toEqual(rows.registry.patient.map((patient) => patient.pid));
    expect(other.registry.patient.map((patient) => patient.name)).toEqual(rows.registry.patient.map((patient) => patient.name));
  });

  it('refuses a seed other than the one its context was made for', () => {
    const { context } = createSeedContext({ seed: 1, people: 1, linkageKey });
    expect(() => generatePerson(2, 0, context)).toThrow(RangeError);
  });
});
