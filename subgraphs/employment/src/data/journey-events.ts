// The federation's events of a person's journey: certificate, referrals received and answered, recommendations, trainings, placements.
import { atDay, type JourneyEventRecord, words } from '#platform/graphql/journey.js';
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
        `Disability certificate issued: ${words(certificate.category)}, grade ${certificate.grade}`,
      ),
    );
  for (const referral of profile?.referrals ?? []) {
    events.push(federation(referral.receivedAt, 'EMPLOYMENT_REFERRAL_RECEIVED', `Referral to ${words(referral.outcome)} received from the referral platform`));
    if (referral.answeredAt && referral.status !== 'RECEIVED') {
      events.push(federation(referral.answeredAt, `EMPLOYMENT_REFERRAL_${referral.status}`, `Referral ${words(referral.status)} by an employment officer`));
    }
  }
  for (const recommendation of profile?.recommendations ?? [])
    events.push(federation(atDay(recommendation.recommendedOn), 'JOB_RECOMMENDED', 'Job recommended'));
  for (const training of profile?.trainings ?? []) {
    events.push(federation(atDay(training.startedOn), 'TRAINING_STARTED', `Training started: ${training.course}`));
    if (training.completedOn) events.push(federation(atDay(training.completedOn), 'TRAINING_COMPLETED', `Training completed: ${training.course}`));
  }
  for (const placement of profile?.placements ?? []) {
    events.push(
      federation(atDay(placement.startedOn), 'PLACEMENT_STARTED', `Placement started: ${words(placement.kind)}${placement.fullTime ? '' : ', part time'}`),
    );
    if (placement.endedOn) events.push(federation(atDay(placement.endedOn), 'PLACEMENT_ENDED', `Placement ended: ${words(placement.kind)}`));
  }
  return events;
}
