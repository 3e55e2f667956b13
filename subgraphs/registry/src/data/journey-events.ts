// The registry's events of a person's journey: registration, diagnosis, follow-ups, stays, relapses (the green channel's too), consents, uploads, management status.
import { atDay, type JourneyEventRecord } from '#platform/graphql/journey.js';
import { t, term } from '#platform/i18n/request-language.js';
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
    health(
      atDay(patient.diagnosis.diagnosedOn),
      'DIAGNOSED',
      t('journey.diagnosed', { category: term('DiagnosisCategory', patient.diagnosis.category), icd10: patient.diagnosis.icd10 }),
    ),
    health(atDay(patient.registeredOn), 'REGISTERED', t('journey.registered')),
  ];
  for (const visit of history.followUps) {
    events.push(
      health(
        atDay(visit.date),
        'FOLLOW_UP',
        t('journey.followUp', {
          mode: term('FollowUpMode', visit.mode),
          condition: term('FollowUpCondition', visit.condition),
          risk: visit.riskLevel,
          adherence: term('MedicationAdherence', visit.medicationAdherence),
        }),
      ),
    );
  }
  for (const stay of history.hospitalizations) {
    events.push(health(atDay(stay.admittedOn), 'ADMITTED', t('journey.admitted')));
    if (stay.dischargedOn) events.push(health(atDay(stay.dischargedOn), 'DISCHARGED', t('journey.discharged')));
    if (stay.dischargeAssessment) {
      const advice = stay.dischargeAssessment.recommendsCommunityRehab ? t('journey.rehabRecommended') : t('journey.rehabNotRecommended');
      events.push(health(atDay(stay.dischargeAssessment.assessedOn), 'DISCHARGE_ASSESSED', t('journey.dischargeAssessed', { advice })));
    }
  }
  for (const relapse of history.relapses) {
    const summary =
      relapse.source === 'GREEN_CHANNEL'
        ? t('journey.relapseGreenChannel', { hospital: relapse.receivingHospitalCode ?? '' })
        : t('journey.relapse', {
            risk: relapse.riskLevel ?? '',
            handling: relapse.handling ? term('EmergencyHandling', relapse.handling) : '',
            handler: term('RelapseHandler', relapse.handledBy),
          });
    events.push(health(atDay(relapse.occurredOn), 'RELAPSE', summary));
  }
  for (const consent of history.consents) {
    events.push(
      health(
        instant(consent.grantedAt),
        'CONSENT_GIVEN',
        t('journey.consentGiven', { scope: term('ConsentScope', consent.scope), grantor: term('ConsentGrantor', consent.grantedBy) }),
      ),
    );
    if (consent.revokedAt)
      events.push(health(instant(consent.revokedAt), 'CONSENT_REVOKED', t('journey.consentRevoked', { scope: term('ConsentScope', consent.scope) })));
  }
  for (const upload of history.uploads) events.push(health(instant(upload.uploadedAt), 'REFERRAL_UPLOADED', t('journey.uploaded')));
  if (patient.managementStatus !== 'ACTIVE') {
    events.push(
      health(
        atDay(patient.managementStatusSince),
        'MANAGEMENT_STATUS_CHANGED',
        t('journey.managementStatus', { status: term('ManagementStatus', patient.managementStatus) }),
      ),
    );
  }
  return events;
}
