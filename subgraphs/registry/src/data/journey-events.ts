// The registry's events of a person's journey: registration, diagnosis, follow-ups, stays, relapses (the green channel's too), consents, uploads, management status.
import { atDay, type JourneyEventRecord, words } from '#platform/graphql/journey.js';
import type { ConsentRecord } from './consents.js';
import type { FollowUpRecord } from './follow-ups.js';
import type { HospitalizationRecord } from './hospitalizations.js';
import type { PatientRecord } from './patients.js';
import type { ReferralUploadRecord } from './referral-uploads.js';
import type { RelapseRecord } from './risk-history.js';

export interface RegistryHistory {
  patient: PatientRecord;
  followUps: readonly FollowUpRecord[];
  hospitalizations: readonly HospitalizationRecord[];
  relapses: readonly RelapseRecord[];
  consents: readonly ConsentRecord[];
  uploads: readonly ReferralUploadRecord[];
}

const health = (at: Date, kind: string, summary: string): JourneyEventRecord => ({ at, source: 'HEALTH', kind, summary });
const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export function registryEvents(history: RegistryHistory): JourneyEventRecord[] {
  const { patient } = history;
  const events: JourneyEventRecord[] = [
    health(atDay(patient.diagnosis.diagnosedOn), 'DIAGNOSED', `Diagnosed: ${words(patient.diagnosis.category)} (${patient.diagnosis.icd10})`),
    health(atDay(patient.registeredOn), 'REGISTERED', 'Registered in the severe-mental-disorder registry'),
  ];
  for (const visit of history.followUps) {
    events.push(
      health(
        atDay(visit.date),
        'FOLLOW_UP',
        `Follow-up (${words(visit.mode)}): ${words(visit.condition)}, risk grade ${visit.riskLevel}, medication ${words(visit.medicationAdherence)}`,
      ),
    );
  }
  for (const stay of history.hospitalizations) {
    events.push(health(atDay(stay.admittedOn), 'ADMITTED', 'Admitted to a psychiatric hospital'));
    if (stay.dischargedOn) events.push(health(atDay(stay.dischargedOn), 'DISCHARGED', 'Discharged'));
    if (stay.dischargeAssessment) {
      const advice = stay.dischargeAssessment.recommendsCommunityRehab ? 'community rehabilitation recommended' : 'community rehabilitation not recommended';
      events.push(health(atDay(stay.dischargeAssessment.assessedOn), 'DISCHARGE_ASSESSED', `Discharge assessment: ${advice}`));
    }
  }
  for (const relapse of history.relapses) {
    const summary =
      relapse.source === 'GREEN_CHANNEL'
        ? `Relapse: referred back to a psychiatric hospital (${relapse.receivingHospitalCode}) by the platform's green channel`
        : `Relapse, risk grade ${relapse.riskLevel}; ${words(relapse.handling ?? '')} by ${words(relapse.handledBy)}`;
    events.push(health(atDay(relapse.occurredOn), 'RELAPSE', summary));
  }
  for (const consent of history.consents) {
    events.push(health(instant(consent.grantedAt), 'CONSENT_GIVEN', `${words(consent.scope)} consent by ${words(consent.grantedBy)}`));
    if (consent.revokedAt) events.push(health(instant(consent.revokedAt), 'CONSENT_REVOKED', `${words(consent.scope)} consent revoked`));
  }
  for (const upload of history.uploads)
    events.push(health(instant(upload.uploadedAt), 'REFERRAL_UPLOADED', 'Referral uploaded to the national referral platform'));
  if (patient.managementStatus !== 'ACTIVE') {
    events.push(health(atDay(patient.managementStatusSince), 'MANAGEMENT_STATUS_CHANGED', `Management status: ${words(patient.managementStatus)}`));
  }
  return events;
}
