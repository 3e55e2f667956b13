// Person as the guardianship subgraph knows it. Reads of these fields are audited by the shared access layer.
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The key is all that is needed; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  // Null for a person who is not a ward, or whose ward record is outside the caller's region.
  guardianship: (person, _args, ctx) => ctx.loaders.wardByPid.load(person.pid),
};
