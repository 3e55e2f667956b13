// One person's rows in all three databases, consistent with each other, from the person's own random stream.
import { accessFacts } from './access-facts.js';
import { generateBenefits } from './benefits.js';
import type { SeedContext } from './context.js';
import { generateEmploymentRecords } from './employment-records.js';
import { generatePersonIdentity } from './people.js';
import { answerMessages, handoffMessages } from './outbox-records.js';
import { Random } from './random.js';
import { generateReferrals } from './referrals.js';
import { buildRegistryRows, planRegistration } from './registry-records.js';
import type { SeedRows } from './tables.js';

/**
 * Person `index` of the run `seed`. The registry is the master index, so everyone is a
 * patient; the referrals come next because they decide hospital stays and consents the
 * registry records, then the certificate, then the benefits that depend on it.
 *
 * Pure apart from the context, which it updates (institution places, untold stories,
 * citizen IDs handed out): call it for index 0, 1, 2 … in order.
 */
export function generatePerson(seed: number, index: number, context: SeedContext): SeedRows {
  if (seed !== context.seed) throw new RangeError('generatePerson: the seed differs from the one the context was created with');
  const random = Random.for(seed, 'person', index);
  const person = generatePersonIdentity(random, seed, index, context.linkageKey, context.citizenIds);
  const registration = planRegistration(random, person, context.today);
  const referrals = generateReferrals(random, person, registration, context);
  const registry = buildRegistryRows(random, person, registration, { stays: referrals.stays, uploadConsents: referrals.uploadConsents }, context.today);
  const employment = generateEmploymentRecords(random, person, registration, referrals.handoffs, context.courses, context.today);
  const benefit = generateBenefits({
    random,
    person,
    registration,
    certificate: employment.disability_certificate[0],
    risk: registry.risk_assessment,
    today: context.today,
  });
  const facts = accessFacts(seed, referrals.referral, referrals.referral_transition, referrals.referral_consent);
  return {
    registry: { ...registry, case_holding: facts.case_holding },
    welfare: {
      institution: [],
      institution_staff: [],
      staff_training: [],
      social_worker: [],
      referral: referrals.referral,
      referral_transition: referrals.referral_transition,
      referral_consent: referrals.referral_consent,
      referral_assessment: referrals.referral_assessment,
      service_agreement: referrals.service_agreement,
      service_record: referrals.service_record,
      employment_handoff: referrals.employment_handoff,
      benefit,
      outbox_message: handoffMessages(referrals.employment_handoff),
      case_holding_event: facts.case_holding_event,
      employment_sharing_revocation: facts.welfare_sharing_revocation,
    },
    employment: {
      training_course: [],
      ...employment,
      outbox_message: answerMessages(employment.employment_referral),
      employment_sharing_revocation: facts.employment_sharing_revocation,
    },
  };
}
