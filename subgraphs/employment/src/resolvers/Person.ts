// Person as the disability federation knows it: certificate, employment services, and the federation's events of the journey.
import { CERTIFICATE_READERS, EMPLOYMENT_READERS, employmentProfileFor } from '../domain/readers.js';
import { employmentEvents } from '../data/journey-events.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The key is all that is needed; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  disabilityCertificate: (person, _args, ctx) => ctx.loaders.certificateByPid.load(person.pid),
  employment: async (person, _args, ctx) => employmentProfileFor(ctx.caller.role, await ctx.loaders.employmentProfileByPid.load(person.pid)),
  async employmentJourney(person, _args, ctx) {
    const [certificate, profile] = await Promise.all([
      CERTIFICATE_READERS.has(ctx.caller.role) ? ctx.loaders.certificateByPid.load(person.pid) : null,
      EMPLOYMENT_READERS.has(ctx.caller.role)
        ? ctx.loaders.employmentProfileByPid.load(person.pid).then((p) => employmentProfileFor(ctx.caller.role, p))
        : null,
    ]);
    return employmentEvents(certificate, profile);
  },
};
