// The AuditTrail entity every subgraph contributes to: its own audit rows about one person.
import type { AuditEntryRecord } from '#platform/audit/audit.js';
import type { PersonRef, RequestContext } from '#platform/graphql/context.js';

/** Resolvers for `AuditTrail { <field>: [AuditEntry!]! }`; access is declared on the field in the SDL. */
export function auditTrailResolvers(field: string) {
  return {
    __resolveReference: (reference: PersonRef): PersonRef => ({ pid: reference.pid }),
    [field]: (trail: PersonRef, _args: unknown, ctx: RequestContext<unknown>): Promise<AuditEntryRecord[]> => ctx.auditEntriesByPid.load(trail.pid),
  };
}
