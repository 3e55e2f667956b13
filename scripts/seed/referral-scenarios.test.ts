import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import { buildInstitutions, InstitutionRoster } from './institutions.js';
import { Random } from './random.js';
import { buildRegistryClosure, buildScenario, SCENARIO_NAMES, type ScenarioName, type ScenarioSetup } from './referral-scenarios.js';
import type { DbInstitutionRow } from './tables.js';

const FINAL_STATUS: Record<ScenarioName, ReferralStatus> = {
  submitted: 'SUBMITTED',
  rejected: 'REJECTED',
  registered: 'REGISTERED',
  declined: 'REGISTERED',
  waitlisted: 'WAITLISTED',
  'waitlisted-long': 'WAITLISTED',
  dispatched: 'DISPATCHED',
  accepted: 'ACCEPTED',
  assessed: 'ASSESSED',
  'in-service': 'IN_SERVICE',
  'in-service-after-wait': 'IN_SERVICE',
  'in-service-after-decline': 'IN_SERVICE',
  'in-service-after-relapse': 'IN_SERVICE',
  'relapse-referred': 'RELAPSE_REFERRED',
  'transfer-pending': 'TRANSFER_PENDING',
  transferred: 'IN_SERVICE',
  'referred-out': 'REFERRED_OUT',
  'closed-handoff': 'CLOSED',
  'closed-returned': 'CLOSED',
  'closed-withdrawn': 'CLOSED',
  'closed-not-suitable': 'CLOSED',
};

function setup(roster: InstitutionRoster, key: string | number, channel: ScenarioSetup['channel'] = 'MEDICAL_INSTITUTION'): ScenarioSetup {
  return { random: Random.for(1, 'scenario', key), channel, homeCounty: '440305', roster };
}

const roster = (): InstitutionRoster => new InstitutionRoster([...buildInstitutions(1, '440305'), ...buildInstitutions(1, '440306')]);

describe('referral scenarios', () => {
  it.each(SCENARIO_NAMES)('%s ends in its status along a legal path', (name) => {
    const scenario = buildScenario(name, setup(roster(), name));
    expect(scenario?.plan.status).toBe(FINAL_STATUS[name]);
  });

  it('shows a declined dispatch going back to REGISTERED with a reason', () => {
    const steps = buildScenario('declined', setup(roster(), 'declined'))?.plan.steps ?? [];
    const decline = steps[steps.length - 1];
    expect(decline?.role).toBe('INSTITUTION_STAFF');
    expect(decline?.reason).toMatch(/^declined/);
    expect(decline?.institutionId).toBeNull();
  });

  it('records the re-review when a case is dispatched after more than 90 days on the list', () => {
    for (let n = 0; n < 30; n++) {
      const steps = buildScenario('in-service-after-wait', setup(roster(), `wait-${n}`))?.plan.steps ?? [];
      const dispatch = steps.find((step) => step.to === 'DISPATCHED');
      const waited = dispatch && 'days' in dispatch.delay ? dispatch.delay.days : 0;
      expect(dispatch?.reason === null).toBe(waited <= 90);
    }
  });

  it('moves a relocated case to the home county and lets an institution there take it', () => {
    const steps = buildScenario('transferred', setup(roster(), 'moved'))?.plan.steps ?? [];
    const pending = steps.findIndex((step) => step.to === 'TRANSFER_PENDING');
    expect(steps[0]?.countyCode).toBe('440306');
    expect(steps[pending]?.countyCode).toBe('440305');
    expect(steps[pending + 1]?.to).toBe('ACCEPTED');
    expect(steps[pending + 1]?.institutionId).toBeTruthy();
  });

  it('submits by channel: hospital clinician, social worker, or a third party without a staff id', () => {
    const first = (channel: ScenarioSetup['channel']) => buildScenario('submitted', setup(roster(), channel, channel))?.plan.steps[0];
    expect(first('MEDICAL_INSTITUTION')?.role).toBe('HOSPITAL_CLINICIAN');
    expect(first('VOLUNTARY_APPLICATION')?.role).toBe('SOCIAL_WORKER');
    expect(first('THIRD_PARTY_APPLICATION')).toMatchObject({ role: 'THIRD_PARTY', actorId: null });
  });

  it('cannot hold a place in a county whose institutions are full', () => {
    const only: DbInstitutionRow = {
      id: 'full',
      name: 'x',
      county_code: '440305',
      capacity: 1,
      service_forms: ['DAY_TRAINING'],
      created_at: '2022-01-01T09:00:00+08:00',
    };
    const full = new InstitutionRoster([only]);
    full.occupy('full');
    expect(buildScenario('in-service', setup(full, 'full'))).toBeNull();
    expect(buildScenario('waitlisted', setup(full, 'full'))?.plan.status).toBe('WAITLISTED');
  });

  it('closes the case of a patient who died with the reason DECEASED', () => {
    const scenario = buildRegistryClosure('DECEASED', setup(roster(), 'died'));
    const last = scenario?.plan.steps[scenario.plan.steps.length - 1];
    expect(last).toMatchObject({ to: 'CLOSED', closeReason: 'DECEASED' });
  });
});
