// The facts the registry's access policy (access-policy.ts) decides on, looked up through the request's loaders.
import type { FactSources } from '#platform/access/policy.js';
import type { RegistryLoaders } from './data/loaders.js';
import { uploadConsentGiven } from './domain/upload-consent.js';

export function registryFacts(loaders: RegistryLoaders): FactSources {
  return {
    regionOf: async (pid) => (await loaders.patientByPid.load(pid))?.countyCode ?? null,
    breakGlass: async (pid) => (await loaders.breakGlassPids()).has(pid),
    institutionsHoldingCase: (pid) => loaders.institutionsHoldingCase.load(pid),
    async consent(pid, kind) {
      const patient = await loaders.patientByPid.load(pid);
      // The registry keeps REFERRAL_UPLOAD consents only.
      if (kind !== 'REFERRAL_UPLOAD' || !patient) return { patient: false, guardian: false, hasGuardian: true };
      return uploadConsentGiven(await loaders.referralUploadConsentGrantorsByPid.load(pid), patient.hasGuardian);
    },
  };
}
