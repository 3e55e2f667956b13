// Taking a seeded case to an employment hand-off through the platform's own API, for the hand-off tests in-process and with processes.
import type { Knex } from 'knex';
import { expect } from 'vitest';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { TokenRequest } from '#platform/identity/dev-tokens.js';
import type { GraphQLBody, LooseData } from './federation-harness.js';

type Body = GraphQLBody<LooseData>;
export type Call = (url: string, query: string, variables: Record<string, unknown>, token: string) => Promise<Body>;
export type TokenFor = (request: Omit<TokenRequest, 'issuer' | 'audience'>) => Promise<string>;

export const ANSWER = `mutation Answer($input: AnswerEmploymentReferralInput!) { answerEmploymentReferral(input: $input) { id status answerDelivered } }`;

export interface ReferredOut {
  referralId: string;
  handoffId: string;
  pid: string;
  countyCode: string;
}

/**
 * Takes a seeded case in service through the platform's own API: the EMPLOYMENT_SHARING consent,
 * then REFERRED_OUT with an employment outcome, which writes the hand-off to the platform's outbox.
 */
export async function referOutToEmployment(
  welfareDb: Knex,
  welfareUrl: string,
  call: Call,
  tokenFor: TokenFor,
  outcome: 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT',
  skip: readonly string[],
): Promise<ReferredOut> {
  const referral = (await welfareDb('referral')
    .where({ status: 'IN_SERVICE' })
    .whereNotIn('id', skip)
    .orderBy('id')
    .first('id', 'pid', 'county_code', 'institution_id')) as { id: string; pid: string; county_code: string; institution_id: string } | undefined;
  if (!referral) throw new Error('the seeded data has no case in service left');
  const staff = await tokenFor({ role: 'INSTITUTION_STAFF', region: referral.county_code, institution: referral.institution_id });
  const consent = await call(
    welfareUrl,
    `mutation ($id: ID!) { recordReferralConsent(input: { referralId: $id, scope: EMPLOYMENT_SHARING, grantedBy: PATIENT_AND_GUARDIAN }) { referral { version } } }`,
    { id: referral.id },
    staff,
  );
  if (consent.errors && consent.errors[0]?.extensions?.code !== 'ALREADY_EXISTS') throw new Error(`consent refused: ${JSON.stringify(consent.errors)}`);
  const { version } = (await welfareDb('referral').where({ id: referral.id }).first('version')) as { version: number };
  const exitAssessment = {
    assessedOn: chinaToday(),
    effect: 'MARKED',
    illnessStable: true,
    selfCare: true,
    willingToWork: true,
    ableToWork: outcome === 'EMPLOYMENT',
    needsSupport: outcome === 'SHELTERED_EMPLOYMENT',
  };
  const referred = await call(
    welfareUrl,
    `mutation ($input: ReferOutInput!) { referOut(input: $input) { referral { status } } }`,
    { input: { referralId: referral.id, expectedVersion: version, outcome, exitAssessment } },
    staff,
  );
  if (referred.errors) throw new Error(`referOut refused: ${JSON.stringify(referred.errors)}`);
  expect(referred.data!.referOut.referral.status).toBe('REFERRED_OUT');
  const handoff = (await welfareDb('employment_handoff').where({ referral_id: referral.id }).first('id', 'status')) as { id: string; status: string };
  expect(handoff.status).toBe('PENDING');
  return { referralId: referral.id, handoffId: handoff.id, pid: referral.pid, countyCode: referral.county_code };
}

/** The platform's history rows of a case that end in a status. */
export const transitionsTo = (welfareDb: Knex, referralId: string, status: string) =>
  welfareDb('referral_transition').where({ referral_id: referralId, to_status: status });
