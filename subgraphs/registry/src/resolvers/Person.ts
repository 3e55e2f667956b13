// Person as the registry knows it: the key, and the registry record.
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The reference carries the key only; fields load through per-request DataLoaders, so
  // resolving a thousand references costs one statement per requested field, not a thousand.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  registry: (person, _args, ctx) => ctx.loaders.patientByPid.load(person.pid),
};
