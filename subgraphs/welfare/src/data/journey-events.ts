// The platform's events of a person's journey: every referral transition, consents, agreements, assessments, services and benefits.
import { atDay, type JourneyEventRecord } from '#platform/graphql/journey.js';
import { t, term } from '#platform/i18n/request-language.js';
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
      platform(
        step.at,
        `REFERRAL_${step.to}`,
        step.from
          ? t('journey.referral', { to: term('ReferralStatus', step.to), from: term('ReferralStatus', step.from), actor: term('role', step.actorRole) })
          : t('journey.referralFirst', { to: term('ReferralStatus', step.to), actor: term('role', step.actorRole) }),
      ),
    );
  }
  for (const consent of history.consents) {
    events.push(
      platform(
        consent.grantedAt,
        'CONSENT_GIVEN',
        t('journey.consentGiven', { scope: term('ConsentScope', consent.scope), grantor: term('ConsentGrantor', consent.grantedBy) }),
      ),
    );
    if (consent.revokedAt)
      events.push(platform(consent.revokedAt, 'CONSENT_REVOKED', t('journey.consentRevoked', { scope: term('ConsentScope', consent.scope) })));
  }
  if (history.agreement)
    events.push(
      platform(
        atDay(history.agreement.signedOn),
        'SERVICE_AGREEMENT_SIGNED',
        t('journey.agreementSigned', { signer: term('ConsentGrantor', history.agreement.signedBy) }),
      ),
    );
  for (const assessment of history.assessments) {
    events.push(
      platform(
        atDay(assessment.assessedOn),
        `ASSESSMENT_${assessment.kind}`,
        assessment.effect
          ? t('journey.assessmentEffect', { kind: term('AssessmentKind', assessment.kind), effect: term('RehabEffect', assessment.effect) })
          : t('journey.assessment', { kind: term('AssessmentKind', assessment.kind) }),
      ),
    );
  }
  for (const service of history.services) {
    events.push(
      platform(atDay(service.date), 'SERVICE', t('journey.service', { form: term('ServiceForm', service.serviceForm), minutes: service.durationMinutes })),
    );
  }
  return events;
}

export function benefitEvents(benefits: readonly BenefitRecord[]): JourneyEventRecord[] {
  return benefits.flatMap((benefit) => [
    platform(atDay(benefit.startedOn), 'BENEFIT_STARTED', t('journey.benefitStarted', { kind: term('BenefitKind', benefit.kind) })),
    ...(benefit.endedOn ? [platform(atDay(benefit.endedOn), 'BENEFIT_ENDED', t('journey.benefitEnded', { kind: term('BenefitKind', benefit.kind) }))] : []),
  ]);
}
