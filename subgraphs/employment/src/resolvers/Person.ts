// Person as the disability federation knows it: certificate and employment services.
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The key is all that is needed; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  disabilityCertificate: (person, _args, ctx) => ctx.loaders.certificateByPid.load(person.pid),
  employment: (person, _args, ctx) => ctx.loaders.employmentProfileByPid.load(person.pid),
};
