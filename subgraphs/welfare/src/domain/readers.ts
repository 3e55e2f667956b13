// Which of the platform's fields about a person a caller reads at all, from the policy (access-policy.ts): for the journey's sources.
import { roleMayRead } from '#platform/access/policy.js';
import type { Caller } from '#platform/identity/identity.js';
import { welfarePolicyTable } from '../access-policy.js';

export const readsReferrals = (caller: Caller): boolean => roleMayRead(welfarePolicyTable, 'Person.referrals', caller);
export const readsBenefits = (caller: Caller): boolean => roleMayRead(welfarePolicyTable, 'Person.benefits', caller);
/** A case's detail (services, assessments, the service agreement). */
export const readsCaseDetail = (caller: Caller): boolean => roleMayRead(welfarePolicyTable, 'Referral.services', caller);
