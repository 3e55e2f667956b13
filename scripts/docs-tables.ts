// `npm run docs`: writes the tables of docs/*.md that are made from the code (subgraphs, indicators, error codes,
// environment) between their `<!-- generated:<name> -->` and `<!-- /generated -->` markers; `-- --check` only reports.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type FieldDefinitionNode, Kind, parse } from 'graphql';
import { discoverAgencies } from '#platform/config/agencies.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, operatorText } from '#platform/config/config.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import { projectRoot } from '#platform/server/paths.js';
import { ACTION_TARGETS } from '#platform/statistics/indicators.js';
import {
  ACTIVE_STATUSES,
  CHECKS,
  DEADLINES,
  OPENING,
  RECORDS,
  type ReferralStatus,
  TRANSITION_NAMES,
  TRANSITIONS,
  type Who,
  WRITES,
} from '../subgraphs/welfare/src/domain/referral-workflow.js';
import { GENERATED_TABLE_PAGES } from './docs-pages.js';
import { environmentTable } from './env-table.js';
import { accessMatrix, policyTables } from './access-matrix.js';

const DOCS_COMMAND = {
  name: 'docs',
  command: 'npm run docs',
  summary: {
    key: 'cli.docs.summary',
    params: {
      tables: `  README.md                    referral-workflow  subgraphs/welfare/src/domain/referral-workflow.ts
  docs/architecture.md         subgraphs      subgraphs/*/subgraph.json
  docs/analysts.md             indicators     RehabIndicators field descriptions in schema/*.graphql,
                                              targets in subgraphs/platform/statistics/indicators.ts
  docs/dashboard-developers.md error-codes    doc comments of ErrorCode in subgraphs/platform/graphql/errors.ts
  docs/operators.md            environment    the processes' variable declarations (scripts/env-table.ts)
  docs/access-matrix.md        access-matrix  the subgraphs' access policies (subgraphs/*/src/access-policy.ts)`,
    },
  },
  options: {
    check: { type: 'boolean', description: 'cli.docs.check' },
  },
  examples: ['npm run docs', 'npm run docs -- --check'],
} as const satisfies CommandDeclaration;

/** One table of a page, rendered from its source. */
export interface GeneratedTable {
  name: string;
  /** Project-relative path of the page that holds it. */
  file: string;
  render: () => string;
}

const END_MARKER = '<!-- /generated -->';
const startMarker = (name: string) => `<!-- generated:${name} -->`;

/** A cell of a Markdown table: pipes escaped, one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The subgraphs of the graph, as their manifests declare them. */
export function subgraphsTable(): string {
  const lines = ['| Subgraph | Agency | Port | SDL | What it holds |', '|---|---|---|---|---|'];
  for (const info of discoverAgencies()) {
    const role = info.founder ? 'founder' : 'partner';
    lines.push(
      `| \`${info.name}\` (${role}) | ${info.agency} | ${info.defaultPort} | [schema/${info.name}.graphql](../schema/${info.name}.graphql) | ${cell(info.description)} |`,
    );
  }
  return lines.join('\n');
}

/** The key and the tree of the indicators entity are not indicators themselves. */
const NOT_INDICATORS = new Set(['regionCode', 'year', 'period', 'granularity', 'children']);

/** One indicator field of RehabIndicators in one subgraph's SDL. */
export interface IndicatorField {
  subgraph: string;
  field: string;
  type: string;
  description: string | undefined;
}

/** Every field of RehabIndicators that a subgraph contributes, in the order of the subgraphs and of their SDL. */
export function indicatorFields(): IndicatorField[] {
  const fields: IndicatorField[] = [];
  for (const info of discoverAgencies()) {
    const document = parse(readFileSync(info.schemaFile, 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value !== 'RehabIndicators') continue;
      for (const field of definition.fields ?? []) {
        if (NOT_INDICATORS.has(field.name.value)) continue;
        fields.push({ subgraph: info.name, field: field.name.value, type: typeText(field), description: field.description?.value });
      }
    }
  }
  return fields;
}

function typeText(field: FieldDefinitionNode): string {
  let type = field.type;
  let suffix = '';
  if (type.kind === Kind.NON_NULL_TYPE) {
    suffix = '!';
    type = type.type;
  }
  return type.kind === Kind.NAMED_TYPE ? `${type.name.value}${suffix}` : `[…]${suffix}`;
}

/** "中文名。English definition" → its two parts; a description without the Chinese name has none. */
export function splitDescription(description: string | undefined): { chinese: string; english: string } {
  if (!description) return { chinese: '', english: '' };
  const match = /^([^。]*[\u4e00-\u9fff][^。]*)。\s*(.*)$/s.exec(description);
  return match ? { chinese: match[1]!, english: match[2]! } : { chinese: '', english: description };
}

/** "50 % · 65 % · 80 % (2023 · 2024 · 2025)" for an indicator with yearly targets. */
function targetText(field: string): string {
  const targets = (ACTION_TARGETS as Record<string, Record<number, number>>)[field];
  if (!targets) return '—';
  return Object.entries(targets)
    .map(([year, share]) => `${year}: ${Math.round(share * 100)} %`)
    .join(', ');
}

/** Every indicator of the graph with its definition (from the SDL) and its target (from the code). */
export function indicatorsTable(): string {
  const lines = ['| Indicator | 指标 | Type | Definition | Target | Subgraph |', '|---|---|---|---|---|---|'];
  for (const { subgraph, field, type, description } of indicatorFields()) {
    const { chinese, english } = splitDescription(description);
    lines.push(`| \`${field}\` | ${cell(chinese) || '—'} | ${type} | ${cell(english) || '(no description)'} | ${targetText(field)} | ${subgraph} |`);
  }
  return lines.join('\n');
}

/** Each member of ErrorCode with the doc comment above it in errors.ts. */
export function errorCodeDocs(): { code: string; doc: string }[] {
  const source = readFileSync(path.join(projectRoot, 'subgraphs', 'platform', 'graphql', 'errors.ts'), 'utf8');
  const documented = new Map<string, string>();
  for (const match of source.matchAll(/\/\*\*\s*([\s\S]*?)\s*\*\/\s*([A-Z_]+):\s*'[A-Z_]+'/g)) {
    documented.set(match[2]!, match[1]!.replace(/\s*\n\s*\*\s*/g, ' '));
  }
  return Object.keys(ErrorCode).map((code) => {
    const doc = documented.get(code);
    if (!doc) throw new Error(`subgraphs/platform/graphql/errors.ts: ErrorCode.${code} has no doc comment`);
    return { code, doc };
  });
}

export function errorCodesTable(): string {
  const lines = ['| `extensions.code` | Meaning |', '|---|---|'];
  for (const { code, doc } of errorCodeDocs()) lines.push(`| \`${code}\` | ${cell(doc)} |`);
  return lines.join('\n');
}

const statusesText = (statuses: readonly ReferralStatus[]) =>
  statuses.length === ACTIVE_STATUSES.length ? 'any active status' : statuses.map((status) => `\`${status}\``).join(', ');
const whoText = (who: Who) =>
  Object.entries(who)
    .map(([mutation, roles]) => `\`${mutation}\` (${roles.join(', ')})`)
    .join('<br>');
const namesText = (names: readonly string[]) => (names.length === 0 ? '—' : names.map((name) => `\`${name}\``).join(', '));

/** The referral workflow's state table, then what its checks and writes mean, from the one table the code runs. */
export function referralWorkflowTable(): string {
  const lines = [
    '| Transition | 中文 / English | From | To | Started by (roles) | Checks | Also writes | Deadline it starts |',
    '|---|---|---|---|---|---|---|---|',
    `| (opening) | ${cell(OPENING.title)} | — | \`${OPENING.to}\` | ${whoText(OPENING.who)} | — | — | ${DEADLINES[OPENING.deadline]} |`,
  ];
  for (const name of TRANSITION_NAMES) {
    const rule = TRANSITIONS[name];
    const deadline = rule.deadline === null ? '—' : DEADLINES[rule.deadline];
    lines.push(
      `| \`${name}\` | ${cell(rule.title)} | ${statusesText(rule.from)} | \`${rule.to}\` | ${whoText(rule.who)} | ${namesText(rule.checks)} | ${namesText(rule.writes)} | ${deadline} |`,
    );
  }
  lines.push('', '| Record kept on a case | In | Written by (roles) | Checks |', '|---|---|---|---|');
  for (const [name, rule] of Object.entries(RECORDS))
    lines.push(`| \`${name}\` | ${statusesText(rule.in)} | ${whoText(rule.who)} | ${namesText(rule.checks)} |`);
  lines.push('', '| Check | What it requires (the refusal) |', '|---|---|');
  for (const [name, text] of Object.entries(CHECKS)) lines.push(`| \`${name}\` | ${cell(text)} |`);
  lines.push('', '| Write | What changes with the status |', '|---|---|');
  for (const [name, text] of Object.entries(WRITES)) lines.push(`| \`${name}\` | ${cell(text)} |`);
  return lines.join('\n');
}

/** The policies, read once: their tables render synchronously like the others. */
const POLICY_TABLES = await policyTables();

const RENDERERS: Record<keyof typeof GENERATED_TABLE_PAGES, () => string> = {
  'referral-workflow': referralWorkflowTable,
  'access-matrix': () => accessMatrix(POLICY_TABLES),
  subgraphs: subgraphsTable,
  indicators: indicatorsTable,
  'error-codes': errorCodesTable,
  environment: environmentTable,
};

export const GENERATED_TABLES: readonly GeneratedTable[] = Object.entries(GENERATED_TABLE_PAGES).map(([name, file]) => ({
  name,
  file,
  render: RENDERERS[name as keyof typeof GENERATED_TABLE_PAGES],
}));

/** The text between a table's markers in `text`; an error names the page and marker when they are missing. */
export function generatedSection(text: string, table: Pick<GeneratedTable, 'name' | 'file'>): { start: number; end: number; content: string } {
  const marker = startMarker(table.name);
  const at = text.indexOf(marker);
  const end = at < 0 ? -1 : text.indexOf(END_MARKER, at);
  if (at < 0 || end < 0) throw new Error(`${table.file}: no "${marker}" … "${END_MARKER}" markers`);
  const start = at + marker.length;
  return { start, end, content: text.slice(start, end).trim() };
}

/** `text` with the table's section replaced by `content`, one blank line inside each marker. */
export function replaceGenerated(text: string, table: Pick<GeneratedTable, 'name' | 'file'>, content: string): string {
  const { start, end } = generatedSection(text, table);
  return `${text.slice(0, start)}\n${content}\n${text.slice(end)}`;
}

/** The tables whose page differs from what their source renders now. */
export function staleTables(root: string = projectRoot): GeneratedTable[] {
  return GENERATED_TABLES.filter((table) => generatedSection(readFileSync(path.join(root, table.file), 'utf8'), table).content !== table.render().trim());
}

/** Writes every table into its page; returns the pages that changed. */
export function writeTables(root: string = projectRoot): string[] {
  const changed = new Set<string>();
  for (const table of GENERATED_TABLES) {
    const file = path.join(root, table.file);
    const before = readFileSync(file, 'utf8');
    const after = replaceGenerated(before, table, table.render());
    if (after !== before) {
      writeFileSync(file, after);
      changed.add(table.file);
    }
  }
  return [...changed];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(async () => {
    const { values } = readCommandLine(DOCS_COMMAND);
    if (values.check) {
      const stale = staleTables();
      for (const table of stale) process.stderr.write(`${operatorText('docs.stale', { file: table.file, table: table.name })}\n`);
      if (stale.length > 0) {
        process.stderr.write(`${operatorText('docs.runIt')}\n`);
        process.exitCode = 1;
      } else process.stdout.write(`${operatorText('docs.upToDate')}\n`);
      return;
    }
    const changed = writeTables();
    process.stdout.write(`${changed.length > 0 ? operatorText('docs.rewrote', { files: changed.join(', ') }) : operatorText('docs.wereUpToDate')}\n`);
  });
}
