// Person as the disability federation knows it: certificate, employment services, and the federation's events of the journey.
import type { EmploymentContext } from '../context.js';
import { employmentEvents } from '../data/journey-events.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

/**
 * The record as the policy lets the caller read it (access-policy.ts): the loaders read the
 * caller's region already; the policy adds the EMPLOYMENT_SHARING consent where the role needs it.
 */
async function allowed(coordinate: 'Person.disabilityCertificate' | 'Person.employment', pid: string, ctx: EmploymentContext): Promise<boolean> {
  return ctx.access.accessTo(coordinate) !== null && (await ctx.access.allows(coordinate, { pid, regionCode: ctx.caller.regionCode }));
}

export const Person: PersonResolvers = {
  // The key is all that is needed; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  disabilityCertificate: (person, _args, ctx) => ctx.loaders.certificateByPid.load(person.pid),
  employment: async (person, _args, ctx) =>
    (await allowed('Person.employment', person.pid, ctx)) ? ctx.loaders.employmentProfileByPid.load(person.pid) : null,
  async employmentJourney(person, _args, ctx) {
    const [certificate, profile] = await Promise.all([
      allowed('Person.disabilityCertificate', person.pid, ctx).then((yes) => (yes ? ctx.loaders.certificateByPid.load(person.pid) : null)),
      allowed('Person.employment', person.pid, ctx).then((yes) => (yes ? ctx.loaders.employmentProfileByPid.load(person.pid) : null)),
    ]);
    return employmentEvents(certificate, profile);
  },
};
