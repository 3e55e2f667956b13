// The graph's Date and DateTime scalars, shared by every subgraph so all agencies speak the same format.
import { GraphQLScalarType, Kind } from 'graphql';
import { parseCitizenId } from '#platform/identity/citizen-id.js';
import { badInput } from '#platform/graphql/errors.js';
import { t } from '#platform/i18n/request-language.js';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** China Standard Time; every agency of the graph works in it and the contract's examples use it. */
const OFFSET_MS = 8 * 60 * 60 * 1000;

export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badInput(t('input.date'));
  return value;
}

/** ISO timestamp in +08:00, e.g. 2024-03-01T08:30:00+08:00. */
export function formatDateTime(value: Date): string {
  const local = new Date(value.getTime() + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'ISO 8601 calendar date, e.g. 2024-03-01',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw badInput(t('input.dateTime'));
  return date;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 timestamp with offset, e.g. 2024-03-01T08:30:00+08:00',
  serialize: (value) => formatDateTime(value instanceof Date ? value : parseDateTime(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Today's date in China Standard Time, YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return formatDateTime(now).slice(0, 10);
}

function parseCitizenIdInput(value: unknown): string {
  if (typeof value !== 'string') throw badInput(t('input.citizenIdType'));
  const result = parseCitizenId(value);
  if (!result.ok) throw badInput(result.problem);
  return result.id.value;
}

/**
 * An 18-character citizen ID as input: every argument of this type is validated (GB 11643:
 * division, birth date, check character) before any resolver runs. It is never an output:
 * the graph does not return citizen IDs.
 */
export const CitizenIdScalar = new GraphQLScalarType({
  name: 'CitizenId',
  description: 'An 18-character GB 11643 citizen identity number; input only',
  serialize: () => {
    throw new TypeError('CitizenId is an input type; the graph never returns citizen IDs');
  },
  parseValue: parseCitizenIdInput,
  parseLiteral: (ast) => parseCitizenIdInput(ast.kind === Kind.STRING ? ast.value : undefined),
});
