// What each check of `npm run subgraph:check` found, and the plain-text report a partner agency reads (Chinese unless asked for English).
import { type Language, message, textIn, type Wording } from '#platform/i18n/messages.js';

/** A blocker stops the subgraph from joining the graph; a warning is worth reading but does not. */
export type Severity = 'blocker' | 'warning';

export interface Finding {
  severity: Severity;
  /** Where to look: `file:line:column`, or a schema path such as `Person.registry`. */
  location?: string;
  /** What is wrong, in one line. */
  message: string;
  /** What to do about it, in one line. */
  fix?: string;
}

export interface CheckResult {
  /** A key of the message catalogue (or its text), said in the report's language. */
  title: Wording;
  findings: Finding[];
  /** Set when the check could not run; says why (a key of the message catalogue, or its text). */
  skipped?: Wording;
  /** Lines printed under the heading whatever the outcome, e.g. why the rule exists. */
  notes?: string[];
  /** One line shown beside the heading when the check passes, e.g. what it covered. */
  summary?: string;
}

export const blocker = (message: string, location?: string, fix?: string): Finding => finding('blocker', message, location, fix);
export const warning = (message: string, location?: string, fix?: string): Finding => finding('warning', message, location, fix);

function finding(severity: Severity, message: string, location: string | undefined, fix: string | undefined): Finding {
  return { severity, message, ...(location === undefined ? {} : { location }), ...(fix === undefined ? {} : { fix }) };
}

/** A check that did not run because an earlier one failed (or an input is absent). */
export function skippedCheck(title: Wording, reason: Wording): CheckResult {
  return { title, findings: [], skipped: reason };
}

export function countBlockers(results: readonly CheckResult[]): number {
  return results.reduce((sum, result) => sum + result.findings.filter((f) => f.severity === 'blocker').length, 0);
}

export function countWarnings(results: readonly CheckResult[]): number {
  return results.reduce((sum, result) => sum + result.findings.filter((f) => f.severity === 'warning').length, 0);
}

type Mark = '✔' | '✖' | '⚠' | '–';

function markOf(result: CheckResult): Mark {
  if (result.skipped !== undefined) return '–';
  if (result.findings.some((f) => f.severity === 'blocker')) return '✖';
  return result.findings.length > 0 ? '⚠' : '✔';
}

const COLOURS: Record<Mark, string> = { '✔': '\x1b[32m', '✖': '\x1b[31m', '⚠': '\x1b[33m', '–': '\x1b[2m' };
const RESET = '\x1b[0m';

/** The whole report: a heading per check, a line per problem with its fix, and the verdict last. */
export function renderReport(results: readonly CheckResult[], options: { colour: boolean; language: Language }): string {
  const { language } = options;
  const paint = (mark: Mark, text: string): string => (options.colour ? `${COLOURS[mark]}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const result of results) {
    const mark = markOf(result);
    const tail =
      result.skipped !== undefined
        ? message(language, 'subgraphCheck.notChecked', { reason: textIn(language, result.skipped) })
        : mark === '✔' && result.summary !== undefined
          ? ` (${result.summary})`
          : '';
    lines.push(paint(mark, `${mark} ${textIn(language, result.title)}`) + tail);
    for (const found of result.findings) {
      const findingMark: Mark = found.severity === 'blocker' ? '✖' : '⚠';
      const where = found.location === undefined ? '' : `${found.location}: `;
      lines.push(`  ${paint(findingMark, findingMark)} ${where}${found.message}`);
      if (found.fix !== undefined) lines.push(`      ${message(language, 'subgraphCheck.fix', { fix: found.fix })}`);
    }
    for (const note of result.notes ?? []) lines.push(`  ${note}`);
    lines.push('');
  }
  lines.push(verdict(results, language));
  return `${lines.join('\n')}\n`;
}

/** `BLOCKED: N blocker(s)` or `OK: ready to compose`, with the warnings counted. */
export function verdict(results: readonly CheckResult[], language: Language): string {
  const blockers = countBlockers(results);
  const warnings = countWarnings(results);
  const warned = warnings > 0 ? message(language, 'subgraphCheck.warned', { warnings }) : '';
  return `${blockers > 0 ? message(language, 'subgraphCheck.blocked', { blockers }) : message(language, 'subgraphCheck.ready')}${warned}`;
}
