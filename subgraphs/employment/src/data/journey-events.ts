// The federation's events of a person's journey: certificate, referrals received and answered, recommendations, trainings, placements.
import { atDay, type JourneyEventRecord } from '#platform/graphql/journey.js';
import { t, term } from '#platform/i18n/request-language.js';
import type { CertificateRecord } from './certificates.js';
import type { EmploymentProfileRecord } from './employment-profiles.js';

const federation = (at: Date, kind: string, summary: string): JourneyEventRecord => ({ at, source: 'DISABLED_PERSONS_FEDERATION', kind, summary });

export function employmentEvents(certificate: CertificateRecord | null, profile: EmploymentProfileRecord | null): JourneyEventRecord[] {
  const events: JourneyEventRecord[] = [];
  if (certificate)
    events.push(
      federation(
        atDay(certificate.issuedOn),
        'CERTIFICATE_ISSUED',
        t('journey.certificate', { category: term('DisabilityCategory', certificate.category), grade: certificate.grade }),
      ),
    );
  for (const referral of profile?.referrals ?? []) {
    events.push(
      federation(
        referral.receivedAt,
        'EMPLOYMENT_REFERRAL_RECEIVED',
        t('journey.employmentReferral', { outcome: term('EmploymentOutcome', referral.outcome) }),
      ),
    );
    if (referral.answeredAt && referral.status !== 'RECEIVED') {
      events.push(
        federation(
          referral.answeredAt,
          `EMPLOYMENT_REFERRAL_${referral.status}`,
          t('journey.employmentReferralAnswered', { status: term('EmploymentReferralStatus', referral.status) }),
        ),
      );
    }
  }
  for (const recommendation of profile?.recommendations ?? [])
    events.push(federation(atDay(recommendation.recommendedOn), 'JOB_RECOMMENDED', t('journey.jobRecommended')));
  for (const training of profile?.trainings ?? []) {
    events.push(federation(atDay(training.startedOn), 'TRAINING_STARTED', t('journey.trainingStarted', { course: training.course })));
    if (training.completedOn)
      events.push(federation(atDay(training.completedOn), 'TRAINING_COMPLETED', t('journey.trainingCompleted', { course: training.course })));
  }
  for (const placement of profile?.placements ?? []) {
    events.push(
      federation(
        atDay(placement.startedOn),
        'PLACEMENT_STARTED',
        t(placement.fullTime ? 'journey.placementStarted' : 'journey.placementStartedPartTime', { kind: term('PlacementKind', placement.kind) }),
      ),
    );
    if (placement.endedOn)
      events.push(federation(atDay(placement.endedOn), 'PLACEMENT_ENDED', t('journey.placementEnded', { kind: term('PlacementKind', placement.kind) })));
  }
  return events;
}
