// Person as the registry knows it: the key, the registry record, and the merged journey.
import { type JourneyEventRecord, mergeJourney } from '#platform/graphql/journey.js';
import type { RegistryContext } from '../context.js';
import { registryEvents } from '../data/journey-events.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

/** Another agency's events as the gateway hands them over (@requires): instants arrive as text. */
type SentEvent = Omit<JourneyEventRecord, 'at'> & { at: string };
type PersonWithJourneys = { pid: string; welfareJourney?: SentEvent[] | null; employmentJourney?: SentEvent[] | null };

const received = (events: SentEvent[] | null | undefined): JourneyEventRecord[] => (events ?? []).map((event) => ({ ...event, at: new Date(event.at) }));

/** What the events are made of is one statement for all the people of the request. */
async function ownEvents(pid: string, ctx: RegistryContext): Promise<JourneyEventRecord[]> {
  const { patient, ...lists } = await ctx.loaders.journeySourcesByPid.load(pid);
  return patient ? registryEvents({ patient, ...lists }) : [];
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
    // The registry's own events follow registryJourney's policy entry (and are audited by it
    // when asked there). A role that never sees them reads none; for the others the events'
    // sources are read first, as that one statement also answers the rule's lookups.
    const readsEvents = ctx.access.accessTo('Person.registryJourney') !== null;
    const events = readsEvents ? await ownEvents(pid, ctx) : [];
    const own = events.length > 0 && (await ctx.access.allows('Person.registryJourney', { pid })) ? events : [];
    return mergeJourney([own, received(welfareJourney), received(employmentJourney)], { since: since ?? null, until: until ?? null, sources: sources ?? null });
  },
};
