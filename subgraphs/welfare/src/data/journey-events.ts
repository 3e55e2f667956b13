// The platform's events of a person's journey: every referral transition, consents, agreements, assessments, services and benefits.
import { atDay, type JourneyEventRecord, words } from '#platform/graphql/journey.js';
import type { BenefitRecord } from './benefits.js';
import type { ConsentRecord, TransitionRecord } from './referrals.js';
import type { AssessmentRecord, DeliveredServiceRecord, ServiceAgreementRecord } from './workflow.js';

const platform = (at: Date, kind: string, summary: string): JourneyEventRecord => ({ at, source: 'CIVIL_AFFAIRS', kind, summary });

/** What one case contributes; services and assessments only where the caller may read them. */
export interface CaseHistory {
  transitions: readonly TransitionRecord[];
  consents: readonly ConsentRecord[];
  agreement: ServiceAgreementRecord | null;
  assessments: readonly AssessmentRecord[];
  services: readonly DeliveredServiceRecord[];
}

export function caseEvents(history: CaseHistory): JourneyEventRecord[] {
  const events: JourneyEventRecord[] = [];
  for (const step of history.transitions) {
    events.push(
      platform(step.at, `REFERRAL_${step.to}`, `Referral ${words(step.to)}${step.from ? ` (was ${words(step.from)})` : ''} by ${words(step.actorRole)}`),
    );
  }
  for (const consent of history.consents) {
    events.push(platform(consent.grantedAt, 'CONSENT_GIVEN', `${words(consent.scope)} consent by ${words(consent.grantedBy)}`));
    if (consent.revokedAt) events.push(platform(consent.revokedAt, 'CONSENT_REVOKED', `${words(consent.scope)} consent revoked`));
  }
  if (history.agreement)
    events.push(platform(atDay(history.agreement.signedOn), 'SERVICE_AGREEMENT_SIGNED', `Service agreement signed by ${words(history.agreement.signedBy)}`));
  for (const assessment of history.assessments) {
    events.push(
      platform(
        atDay(assessment.assessedOn),
        `ASSESSMENT_${assessment.kind}`,
        `${words(assessment.kind)} assessment${assessment.effect ? `: effect ${words(assessment.effect)}` : ''}`,
      ),
    );
  }
  for (const service of history.services) {
    events.push(platform(atDay(service.date), 'SERVICE', `Service: ${words(service.serviceForm)}, ${service.durationMinutes} minutes`));
  }
  return events;
}

export function benefitEvents(benefits: readonly BenefitRecord[]): JourneyEventRecord[] {
  return benefits.flatMap((benefit) => [
    platform(atDay(benefit.startedOn), 'BENEFIT_STARTED', `Benefit started: ${words(benefit.kind)}`),
    ...(benefit.endedOn ? [platform(atDay(benefit.endedOn), 'BENEFIT_ENDED', `Benefit ended: ${words(benefit.kind)}`)] : []),
  ]);
}
