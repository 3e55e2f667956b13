import { describe, expect, it } from 'vitest';
import { dayOf } from './calendar.js';
import { CitizenIdRegistry, generatePersonIdentity } from './people.js';
import { Random } from './random.js';
import { buildRegistryRows, classifyFollowUp, nextDueDay, planRegistration } from './registry-records.js';

describe('follow-up classification (DOMAIN.md §2)', () => {
  it('is stable at grade 0, basically stable at 1-2 and unstable at 3-5', () => {
    expect([0, 1, 2, 3, 4, 5].map(classifyFollowUp)).toEqual(['STABLE', 'BASICALLY_STABLE', 'BASICALLY_STABLE', 'UNSTABLE', 'UNSTABLE', 'UNSTABLE']);
  });

  it('books the next visit in 3 months when stable and in 2 weeks otherwise', () => {
    expect(nextDueDay(dayOf('2025-01-31'), 'STABLE')).toBe(dayOf('2025-04-30'));
    expect(nextDueDay(dayOf('2025-01-31'), 'UNSTABLE')).toBe(dayOf('2025-02-14'));
  });
});

describe('registry records', () => {
  const today = dayOf('2026-11-01');
  const ids = new CitizenIdRegistry();
  const records = Array.from({ length: 400 }, (_, index) => {
    const random = Random.for(1, 'person', index);
    const person = generatePersonIdentity(random, 1, index, Buffer.alloc(32, 1), ids);
    const registration = planRegistration(random, person, today);
    const stay = { admittedDay: today - 200, dischargedDay: today - 170, recommendsCommunityRehab: true };
    return { registration, rows: buildRegistryRows(random, person, registration, { stays: [stay], uploadConsents: [] }, today) };
  });

  it('registers people between 2008 and today, after their diagnosis', () => {
    for (const { rows } of records) {
      const [patient, diagnosis] = [rows.patient[0], rows.diagnosis[0]];
      const registeredOn = patient?.registered_on ?? '';
      expect(registeredOn >= '2008-01-01' && registeredOn < '2026-11-01').toBe(true);
      expect((diagnosis?.diagnosed_on ?? '') <= (patient?.registered_on ?? '')).toBe(true);
    }
  });

  it('keeps at most 12 visits, in order, none during a hospital stay, the grade current', () => {
    for (const { rows } of records) {
      const dates = rows.follow_up.map((visit) => visit.visit_date);
      expect(dates.length).toBeLessThanOrEqual(12);
      expect(dates).toEqual([...dates].sort());
      for (const date of dates) expect(date >= '2026-04-15' && date <= '2026-05-15').toBe(false);
      const latest = rows.risk_assessment[rows.risk_assessment.length - 1];
      expect(rows.patient[0]?.current_risk_grade).toBe(latest?.grade);
    }
  });

  it('sees active patients about four to six times a year', () => {
    const active = records.filter(({ registration }) => registration.managementStatus === 'ACTIVE' && registration.registeredDay < today - 3 * 365);
    const perYear = active.map(({ rows }) => {
      const first = dayOf(rows.follow_up[0]?.visit_date ?? '2026-11-01');
      return (rows.follow_up.length - 1) / ((today - first) / 365);
    });
    const mean = perYear.reduce((sum, n) => sum + n, 0) / perYear.length;
    expect(mean).toBeGreaterThan(3.5);
    expect(mean).toBeLessThan(7);
  });

  it('has about 85 % active patients and never stores the citizen ID', () => {
    const active = records.filter(({ rows }) => rows.patient[0]?.management_status === 'ACTIVE').length / records.length;
    expect(active).toBeGreaterThan(0.78);
    expect(active).toBeLessThan(0.92);
    expect(records.every(({ rows }) => rows.patient[0]?.citizen_id_cipher === null)).toBe(true);
  });

  it('marks the visit after a readmission as hospitalised since the last one', () => {
    const flagged = records.filter(({ rows }) => rows.follow_up.some((visit) => visit.hospitalized_since_last));
    expect(flagged.length).toBeGreaterThan(0);
    for (const { rows } of flagged) {
      const visit = rows.follow_up.find((v) => v.hospitalized_since_last);
      expect(rows.hospitalization.some((stay) => stay.admitted_on <= (visit?.visit_date ?? ''))).toBe(true);
    }
  });
});
