// Enforces the access declared in a subgraph's SDL (@requiresScopes, @policy) in one place, around the resolvers.
import { defaultFieldResolver, type DirectiveNode, type GraphQLSchema, isObjectType, Kind, type ValueNode } from 'graphql';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { fieldsRead, pidsIn, type ReadAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import { t } from '#platform/i18n/request-language.js';

/** A named rule about one parent object (a consent, a scope); false hides the field's value (null). */
export type Policy = (parent: unknown, context: { caller: Caller }) => boolean | Promise<boolean>;

function stringMatrix(value: ValueNode | undefined): string[][] {
  if (!value || value.kind !== Kind.LIST) return [];
  return value.values.map((row) => (row.kind === Kind.LIST ? row.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []));
}

function argument(directive: DirectiveNode | undefined, name: string): string[][] {
  return stringMatrix(directive?.arguments?.find((a) => a.name.value === name)?.value);
}

/** The scopes a caller holds: one per role, as the SDL writes them ("role:SOCIAL_WORKER"). */
export const scopesOf = (caller: Caller): ReadonlySet<string> => new Set([`role:${caller.role}`]);

/** Any one of the AND-sets satisfied (federation's @requiresScopes semantics). */
export function satisfies(held: ReadonlySet<string>, required: string[][]): boolean {
  return required.some((set) => set.every((scope) => held.has(scope)));
}

/**
 * Wraps every field that carries @requiresScopes or @policy. A role outside the scopes gets
 * FORBIDDEN for that field; a failed policy yields null, so nothing hints that data exists.
 */
export function enforceAccessDirectives(schema: GraphQLSchema, policies: Record<string, Policy>): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const directives = field.astNode?.directives ?? [];
      const scopes = argument(
        directives.find((d) => d.name.value === 'requiresScopes'),
        'scopes',
      );
      const policyNames = argument(
        directives.find((d) => d.name.value === 'policy'),
        'policies',
      );
      if (scopes.length === 0 && policyNames.length === 0) continue;
      for (const name of policyNames.flat()) {
        if (!policies[name]) throw new Error(`${type.name}.${field.name} names the policy "${name}", which this subgraph does not define`);
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = async (parent, args, context: { caller: Caller; audit: ReadAudit }, info) => {
        if (scopes.length > 0 && !satisfies(scopesOf(context.caller), scopes)) {
          throw graphError(ErrorCode.FORBIDDEN, t('access.roleMayNotRead', { role: context.caller.role, coordinate }));
        }
        let allowed = policyNames.length === 0;
        for (const set of policyNames) {
          // One AND-set of policies must pass; sets are alternatives.
          if ((await Promise.all(set.map((name) => policies[name]!(parent, context)))).every(Boolean)) {
            allowed = true;
            break;
          }
        }
        if (!allowed) return null;
        const result: unknown = await resolve(parent, args, context, info);
        // Guarded fields are the personal ones: every person they expose is audited, with the leaves read.
        if (result !== null && result !== undefined) {
          const fields = fieldsRead(coordinate, info.fieldNodes, info.fragments);
          for (const pid of pidsIn(parent, result)) context.audit.record(pid, ...fields);
        }
        return result;
      };
    }
  }
  return schema;
}
