// Who sees a registry record (DOMAIN.md §6): health staff and analysts in their region; civil-affairs
// staff in their region only with the patient's and, where there is one, the guardian's consent to the referral upload.
import type { Policy } from '#platform/access/access-directives.js';
import { inScope } from '#platform/access/region-scope.js';
import type { PersonRef } from '#platform/graphql/context.js';
import type { RegistryContext } from './context.js';
import { needsUploadConsent, registryJourneyRole } from './domain/readers.js';
import { uploadConsentMissing } from './domain/upload-consent.js';

/** In the caller's region, or opened by the caller's own live break-glass grant. */
export async function personVisible(pid: string, countyCode: string, ctx: RegistryContext): Promise<boolean> {
  return inScope(ctx.caller, countyCode) || (await ctx.loaders.breakGlassPids()).has(pid);
}

export async function registryRecordVisible(pid: string, ctx: RegistryContext): Promise<boolean> {
  const patient = await ctx.loaders.patientByPid.load(pid);
  if (!patient || !(await personVisible(pid, patient.countyCode, ctx))) return false;
  if (!needsUploadConsent(ctx.caller.role)) return true;
  // The consent an upload needs (patient, and guardian where there is one) is the consent that opens the record.
  return uploadConsentMissing(await ctx.loaders.referralUploadConsentGrantorsByPid.load(pid), patient.hasGuardian) === null;
}

/** The registry's journey events: for the roles that read the registry record, where they may read it. */
export async function registryJourneyVisible(pid: string, ctx: RegistryContext): Promise<boolean> {
  return registryJourneyRole(ctx.caller.role) && registryRecordVisible(pid, ctx);
}

export const registryPolicies: Record<string, Policy> = {
  'registry-record-visible': (person, ctx) => registryRecordVisible((person as PersonRef).pid, ctx as RegistryContext),
  'registry-journey-visible': (person, ctx) => registryJourneyVisible((person as PersonRef).pid, ctx as RegistryContext),
  // Person.journey declares the policies of the fields it requires, as composition asks; the
  // welfare and employment subgraphs enforce them on their own fields (an event list the
  // caller may not see arrives as null), so here they only document the requirement.
  'welfare-journey-visible': () => true,
  'employment-journey-visible': () => true,
};
