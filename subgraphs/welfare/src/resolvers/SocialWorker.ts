// A social worker registered with civil affairs.
import type { SocialWorkerResolvers } from '../generated/resolvers-types.js';

export const SocialWorker: SocialWorkerResolvers = {
  regionCode: (worker) => worker.countyCode,
};
