// The AuditTrail entity every subgraph contributes to: its own audit rows about one person.
import { type AuditEntryRecord, auditEntriesBySubject } from '#platform/audit/audit.js';
import type { PersonRef, RequestContext } from '#platform/graphql/context.js';

/** Resolvers for `AuditTrail { <field>: [AuditEntry!]! }`; access is declared on the field in the SDL. */
export function auditTrailResolvers(field: string) {
  return {
    __resolveReference: (reference: PersonRef): PersonRef => ({ pid: reference.pid }),
    [field]: (trail: PersonRef, _args: unknown, ctx: RequestContext<unknown>): Promise<AuditEntryRecord[]> => ctx.auditEntriesByPid.load(trail.pid),
  };
}

/** A reader trail as the gateway refers to it: the reader's subject. */
export interface ReaderRef {
  subject: string;
}

/** Resolvers for `ReaderTrail { <field>: [AuditEntry!]! }`: this subgraph's audit rows of one reader. */
export function readerTrailResolvers(field: string) {
  return {
    __resolveReference: (reference: ReaderRef): ReaderRef => ({ subject: reference.subject }),
    [field]: (trail: ReaderRef, _args: unknown, ctx: RequestContext<unknown>): Promise<AuditEntryRecord[]> => auditEntriesBySubject(ctx.db, trail.subject),
  };
}
