// Person as the registry knows it: the key, the registry record, and the merged journey.
import { type JourneyEventRecord, mergeJourney } from '../../../shared/src/journey.js';
import { registryJourneyVisible } from '../access.js';
import type { RegistryContext } from '../context.js';
import { registryEvents } from '../domain/journey-events.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

/** Another agency's events as the gateway hands them over (@requires): instants arrive as text. */
type SentEvent = Omit<JourneyEventRecord, 'at'> & { at: string };
type PersonWithJourneys = { pid: string; welfareJourney?: SentEvent[] | null; employmentJourney?: SentEvent[] | null };

const received = (events: SentEvent[] | null | undefined): JourneyEventRecord[] => (events ?? []).map((event) => ({ ...event, at: new Date(event.at) }));

/** Every list is one batched statement for all the people of the request. */
async function ownEvents(pid: string, ctx: RegistryContext): Promise<JourneyEventRecord[]> {
  const patient = await ctx.loaders.patientByPid.load(pid);
  if (!patient) return [];
  const [followUps, hospitalizations, relapses, consents, uploads] = await Promise.all([
    ctx.loaders.followUpPageByPid({ limit: 500, after: null }).load(pid),
    ctx.loaders.hospitalizationsByPid.load(pid),
    ctx.loaders.relapsesByPid.load(pid),
    ctx.loaders.consentsByPid.load(pid),
    ctx.loaders.referralUploadsByPid.load(pid),
  ]);
  return registryEvents({ patient, followUps: followUps.rows, hospitalizations, relapses, consents, uploads });
}

export const Person: PersonResolvers = {
  // The reference carries the key, and for the journey the other agencies' events it requires;
  // fields load through per-request DataLoaders, so a thousand references cost one statement
  // per requested field, not a thousand.
  __resolveReference: (reference) => reference,
  registry: (person, _args, ctx) => ctx.loaders.patientByPid.load(person.pid),
  registryJourney: (person, _args, ctx) => ownEvents(person.pid, ctx),
  async journey(person, { since, until, sources }, ctx) {
    const { pid, welfareJourney, employmentJourney } = person as PersonWithJourneys;
    // The registry's own events follow the same rule as registryJourney (and are audited by it when asked there).
    const own = (await registryJourneyVisible(pid, ctx)) ? await ownEvents(pid, ctx) : [];
    return mergeJourney([own, received(welfareJourney), received(employmentJourney)], { since: since ?? null, until: until ?? null, sources: sources ?? null });
  },
};
