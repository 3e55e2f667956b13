// The federation rules a partner subgraph must keep: Federation 2, Person keyed on pid only, no field another subgraph owns.
import { type DocumentNode, Kind } from 'graphql';
import { blocker, type CheckResult, type Finding } from './check-report.js';
import {
  type DeclaredField,
  type DeclaredType,
  declaredTypes,
  federationDirectiveNames,
  federationLink,
  hasDirective,
  keyDirectives,
  keyFields,
  keyFieldNames,
  locationOf,
  stringArgument,
  type SubgraphSdl,
} from './subgraph-sdl.js';

export const TITLE = 'subgraphCheck.title.federation';

/** The link line the founders use, offered as the fix for a Federation 1 file. */
export const FEDERATION_2_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@authenticated", "@requiresScopes", "@policy"])';

/** The entity every agency shares, and the one key it may be resolved by. */
const PERSON = 'Person';
const PERSON_KEY = 'pid';

/** Runs the three rules on `candidate`; `others` are the subgraphs it would be composed with (without the one it replaces). */
export function checkFederationRules(candidate: SubgraphSdl, others: readonly SubgraphSdl[]): CheckResult {
  const findings = [...federationVersion(candidate), ...personKeys(candidate), ...ownedFields(candidate, others)];
  return { title: TITLE, findings, summary: 'Federation 2, Person keyed on pid, no field of another subgraph redefined' };
}

/** Federation 2 is declared by an @link to the federation spec; without it composition reads the file as Federation 1. */
export function federationVersion(candidate: SubgraphSdl): Finding[] {
  const link = federationLink(candidate.document);
  if (link !== undefined) {
    if (link.major === 2) return [];
    return [
      blocker(
        `links federation ${link.url}; this graph is composed with Federation 2`,
        locationOf(link.directive, candidate.file),
        `link https://specs.apollo.dev/federation/v2.7 instead`,
      ),
    ];
  }
  const federationOneEntity = candidate.document.definitions.find(
    (definition) => definition.kind === Kind.OBJECT_TYPE_EXTENSION && (definition.directives ?? []).some((d) => d.name.value === 'key'),
  );
  const first = federationOneEntity ?? candidate.document.definitions[0];
  const what =
    federationOneEntity?.kind === Kind.OBJECT_TYPE_EXTENSION
      ? `Federation 1 syntax: "extend type ${federationOneEntity.name.value} @key(...)" without a Federation 2 @link`
      : 'no Federation 2 @link: composition would read this file as Federation 1';
  return [blocker(what, first === undefined ? `${candidate.file}:1:1` : locationOf(first, candidate.file), `start the file with: ${FEDERATION_2_LINK}`)];
}

/** Person joins the agencies by the pseudonymous pid alone; any other key would need an identifier the agencies do not share. */
export function personKeys(candidate: SubgraphSdl): Finding[] {
  const person = declaredTypes(candidate.document).get(PERSON);
  if (person === undefined) return [];
  const keys = keyDirectives(candidate.document, person);
  if (keys.length === 0) {
    return [
      blocker(
        `${PERSON} has no @key, so the gateway cannot join it to the other agencies' Person`,
        locationOf(person.nodes[0]!, candidate.file),
        `declare it as: type ${PERSON} @key(fields: "${PERSON_KEY}")`,
      ),
    ];
  }
  return keys
    .filter((key) => keyFieldNames(stringArgument(key, 'fields') ?? '').join(' ') !== PERSON_KEY)
    .map((key) =>
      blocker(
        `${PERSON} is keyed on "${stringArgument(key, 'fields') ?? '?'}"; ${PERSON} may only be keyed on "${PERSON_KEY}"`,
        locationOf(key, candidate.file),
        `use @key(fields: "${PERSON_KEY}") and drop this key: pid is the only identifier the agencies share (never the citizen ID or a local id)`,
      ),
    );
}

/** How one subgraph declares the fields the candidate might collide with. */
interface FieldOwner {
  subgraph: SubgraphSdl;
  types: Map<string, DeclaredType>;
  shareable: Set<string>;
  external: Set<string>;
}

function ownerOf(subgraph: SubgraphSdl): FieldOwner {
  return {
    subgraph,
    types: declaredTypes(subgraph.document),
    shareable: federationDirectiveNames(subgraph.document, 'shareable'),
    external: federationDirectiveNames(subgraph.document, 'external'),
  };
}

/** Fields the candidate defines that another subgraph already resolves and does not share. */
export function ownedFields(candidate: SubgraphSdl, others: readonly SubgraphSdl[]): Finding[] {
  const mine = ownerOf(candidate);
  const owners = others.map(ownerOf);
  const override = federationDirectiveNames(candidate.document, 'override');
  const findings: Finding[] = [];
  for (const type of mine.types.values()) {
    for (const declared of type.fields) {
      if (hasDirective(declared.field.directives, mine.external)) continue;
      for (const owner of owners) {
        const theirs = owner.types.get(type.name);
        const theirField = theirs?.fields.find((f) => f.field.name.value === declared.field.name.value);
        if (theirs === undefined || theirField === undefined || hasDirective(theirField.field.directives, owner.external)) continue;
        const collision = collisionOf(candidate.document, type, declared, mine, owner, theirs, theirField);
        if (collision !== undefined) findings.push(collision);
      }
      if (hasDirective(declared.field.directives, override)) {
        findings.push(
          blocker(
            `${type.name}.${declared.field.name.value} uses @override to take the field over from another subgraph`,
            locationOf(declared.field, candidate.file),
            'remove @override: a partner adds fields of its own; moving a field between agencies is agreed with its owner and done in its schema',
          ),
        );
      }
    }
  }
  return findings;
}

function collisionOf(
  document: DocumentNode,
  type: DeclaredType,
  declared: DeclaredField,
  mine: FieldOwner,
  owner: FieldOwner,
  theirs: DeclaredType,
  theirField: DeclaredField,
): Finding | undefined {
  const fieldName = declared.field.name.value;
  // Key fields are shared by every subgraph that keys the entity on them (Person.pid in all three).
  if (keyFields(document, type).has(fieldName) && keyFields(owner.subgraph.document, theirs).has(fieldName)) return undefined;
  const mineShared = isShareable(declared, mine);
  const theirsShared = isShareable(theirField, owner);
  if (mineShared && theirsShared) return undefined;
  const where = locationOf(declared.field, mine.subgraph.file);
  const ownedAt = locationOf(theirField.field, owner.subgraph.file);
  const path = `${type.name}.${fieldName}`;
  if (theirsShared) {
    return blocker(
      `${path} is @shareable in the ${owner.subgraph.name} subgraph (${ownedAt}) but not here`,
      where,
      `mark it @shareable too, and return the same values as ${owner.subgraph.name} does`,
    );
  }
  return blocker(
    `${path} is already defined by the ${owner.subgraph.name} subgraph (${ownedAt}); only ${owner.subgraph.name} may resolve it`,
    where,
    `rename your field (e.g. a name of your agency's own), or declare it @external and read it with @requires if you need its value`,
  );
}

/** @shareable on the field, or on the definition or extension block that declares it (Federation 2 scopes it so). */
function isShareable(declared: DeclaredField, owner: FieldOwner): boolean {
  return hasDirective(declared.field.directives, owner.shareable) || hasDirective(declared.parent.directives, owner.shareable);
}
