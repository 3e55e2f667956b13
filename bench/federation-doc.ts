// The federation bench's sections of docs/benchmarks.md: one per population, its figures kept in the section so that a later run can show how they move.
import { type BenchRun, type QueryResult, slowAloneSeconds, type TargetName } from './federation-bench.js';
import { TARGET_LABELS } from './federation-bench.js';
import { withoutSection, withSection } from './benchmarks-doc.js';
import { failuresOf, type LoadFigures, REQUEST_TIMEOUT_SECONDS } from './load-run.js';

export interface RunContext {
  people: number;
  seed: number;
  connections: number;
  seconds: number;
  rounds: number;
  warmUpSeconds: number;
  maxRequests: number;
  /** Seconds the seed took, or null when an earlier seed was reused. */
  seededSeconds: number | null;
  /** Date, machine, versions: markdown list items. */
  environment: string[];
  /** Why Hive Gateway is missing, when it is. */
  hiveNote: string | null;
}

/** What a section keeps of its run, as JSON in an HTML comment: aggregate figures only. */
interface StoredFigures {
  people: number;
  /** When the run ended (ISO); absent in sections written before it was kept. */
  measuredAt?: string;
  results: { key: string; name: string; figures: Partial<Record<TargetName, LoadFigures>>; alone?: Partial<Record<TargetName, number | null>> }[];
  memory: Record<string, number | null>;
}

const MARKER = 'federation-bench-figures';
const HEADING_PREFIX = '## Federation bench: ';
export const COMPARISON_HEADING = '## Federation bench: how the figures move with the population';

export const sectionHeading = (people: number): string => `${HEADING_PREFIX}${people.toLocaleString('en-US')} people`;

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const mib = (bytes: number | null | undefined): string => (bytes === null || bytes === undefined ? '–' : (bytes / 2 ** 20).toFixed(0));
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;

function failedCell(figures: LoadFigures): string {
  const failed = failuresOf(figures);
  return failed === 0 ? '0' : `**${failed}**`;
}

function queryTable(result: QueryResult, targets: readonly TargetName[]): string {
  const lines = [
    `### ${result.name}`,
    '',
    result.detail,
    '',
    '| Target | alone ms | requests/s | p50 ms | p95 ms | p99 ms | responses | measured s | failed |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const aloneCell = (target: TargetName) => {
    const alone = result.alone?.[target];
    return alone === undefined ? '–' : alone === null ? `> ${REQUEST_TIMEOUT_SECONDS * 1000}` : fixed(alone);
  };
  for (const target of targets) {
    const f = result.figures[target];
    const skipped = result.skipped?.[target];
    if (f)
      lines.push(
        `| ${TARGET_LABELS[target]} | ${aloneCell(target)} | ${fixed(f.requestsPerSecond)} | ${fixed(f.p50)} | ${fixed(f.p95)} | ${fixed(f.p99)} | ${f.responses} | ${fixed(f.seconds ?? Number.NaN)} | ${failedCell(f)} |`,
      );
    else if (skipped) lines.push(`| ${TARGET_LABELS[target]} | ${aloneCell(target)} | not loaded: ${skipped} | | | | | | |`);
  }
  const ours = result.figures.ours;
  for (const other of ['hive', 'floor'] as const) {
    const f = result.figures[other];
    const aloneRatio = ratio(result.alone?.ours ?? undefined, result.alone?.[other] ?? undefined);
    if (!f && aloneRatio === '–') continue;
    lines.push(
      `| **ours / ${other === 'hive' ? 'Hive' : 'floor'}** | ${aloneRatio} | ${ratio(ours?.requestsPerSecond, f?.requestsPerSecond)} | ${ratio(ours?.p50, f?.p50)} | ${ratio(ours?.p95, f?.p95)} | ${ratio(ours?.p99, f?.p99)} | | | |`,
    );
  }
  lines.push(...cpuTable(result, targets));
  if (result.confirmedWrites) {
    const confirmed = targets.filter((t) => result.confirmedWrites?.[t] !== undefined).map((t) => `${TARGET_LABELS[t]} ${result.confirmedWrites![t]}`);
    lines.push('', `Transitions found in the database after the runs (REGISTERED at version 2 with their history row): ${confirmed.join(', ')}.`);
  }
  return lines.join('\n');
}

/** Display names of the bench's processes; subgraphs keep their own. */
const PROCESS_LABELS: Record<string, string> = { gateway: 'our gateway', hive: 'Hive Gateway', floor: 'floor', postgres: 'PostgreSQL' };
const PROCESS_ORDER = ['gateway', 'hive', 'floor'];
/** Below this (ms per request) a process did no work for the target: an idle server's timers. */
const IDLE_MS = 0.005;

/** Where each target's requests spent CPU time, per process; empty when it was not measured. */
function cpuTable(result: QueryResult, targets: readonly TargetName[]): string[] {
  const measured = targets.filter((target) => result.cpu?.[target] && Object.keys(result.cpu[target]!).length > 0);
  if (measured.length === 0) return [];
  const busy = new Set(
    measured.flatMap((target) =>
      Object.entries(result.cpu![target]!)
        .filter(([, ms]) => ms >= IDLE_MS)
        .map(([name]) => name),
    ),
  );
  const rank = (name: string) => (PROCESS_ORDER.includes(name) ? PROCESS_ORDER.indexOf(name) : name === 'postgres' ? 1000 : 100);
  const columns = [...busy].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const total = (target: TargetName) => columns.reduce((sum, name) => sum + (result.cpu![target]![name] ?? 0), 0);
  const lines = [
    '',
    'CPU time per answer in ms, by process, over the measured runs (every process runs on this machine; PostgreSQL is all of its processes):',
    '',
    `| Target | ${columns.map((name) => PROCESS_LABELS[name] ?? name).join(' | ')} | total |`,
    `|---|${columns.map(() => '---:').join('|')}|---:|`,
  ];
  for (const target of measured) {
    const cpu = result.cpu![target]!;
    lines.push(`| ${TARGET_LABELS[target]} | ${columns.map((name) => fixed(cpu[name] ?? 0, 2)).join(' | ')} | ${fixed(total(target), 2)} |`);
  }
  const ratios = (['hive', 'floor'] as const)
    .filter((other) => measured.includes(other) && measured.includes('ours'))
    .map((other) => `ours / ${other === 'hive' ? 'Hive' : 'floor'} ${ratio(total('ours'), total(other))}`);
  if (ratios.length > 0) lines.push('', `Total CPU per answer: ${ratios.join(', ')}.`);
  return lines;
}

function memoryTable(memory: Record<string, number | null>): string {
  const lines = ['| Process | peak RSS (VmHWM), MiB |', '|---|---:|'];
  for (const [name, bytes] of Object.entries(memory)) lines.push(`| ${name} | ${mib(bytes)} |`);
  return lines.join('\n');
}

function profileTables(run: BenchRun): string {
  const profile = run.profile;
  if (!profile) return 'Not profiled in this run.';
  const lines = [
    `${fixed(profile.busyMs / 1000)} s of CPU samples (${fixed(profile.idleMs / 1000)} s idle) in the gateway process during the journey run; self time, the top entries:`,
    '',
    '| Function (self) | ms | share of busy |',
    '|---|---:|---:|',
    ...profile.functions.slice(0, 12).map((e) => `| \`${e.label}\` | ${fixed(e.selfMs, 0)} | ${fixed(e.selfPercent)} % |`),
    '',
    '| Package (self) | ms | share of busy |',
    '|---|---:|---:|',
    ...profile.packages.slice(0, 10).map((e) => `| ${e.label} | ${fixed(e.selfMs, 0)} | ${fixed(e.selfPercent)} % |`),
    '',
    'Our own code, with everything it calls (inclusive; lines are of the transpiled file):',
    '',
    '| Function (inclusive) | ms | share of busy |',
    '|---|---:|---:|',
    ...profile.ownCode.slice(0, 10).map((e) => `| \`${e.label}\` | ${fixed(e.selfMs, 0)} | ${fixed(e.selfPercent)} % |`),
  ];
  return lines.join('\n');
}

/** The section of one run: environment, workload, a table per query, memory, profile, and the figures as JSON for later comparison. */
export function federationSection(run: BenchRun, context: RunContext): { heading: string; body: string } {
  const w = run.workload;
  const stored: StoredFigures = {
    people: context.people,
    measuredAt: new Date().toISOString(),
    results: run.results.map((r) => ({ key: r.key, name: r.name, figures: r.figures, alone: r.alone })),
    memory: run.memory,
  };
  const body = [
    ...context.environment,
    `- People seeded: ${context.people.toLocaleString('en-US')} (seed ${context.seed})${context.seededSeconds === null ? ', an earlier seed reused' : `, seeded in ${fixed(context.seededSeconds, 0)} s`}; province ${w.provinceCode} with ${w.provincePatients} patients; indicators of ${w.year}`,
    `- Load: autocannon on 127.0.0.1, ${context.connections} connections, ${context.seconds} s per run (at most ${context.maxRequests} requests) after a ${context.warmUpSeconds} s warm-up (and, before the first run, every read warmed on every target for a few seconds); ${context.rounds} round(s) per query, each round running every target once in a rotated order, one after another, each run starting once the databases are idle; figures pool the rounds`,
    `- Targets: ${run.targets.map((t) => TARGET_LABELS[t]).join(', ')}, all on the same three subgraph processes and databases (partner agencies' subgraphs, which no bench query reads, run beside them on empty embedded databases)${context.hiveNote ? `. ${context.hiveNote}` : ''}`,
    '- Servers as `npm start` runs them (default limits, LOG_LEVEL warn), except: the registry importer and the employment sync are off, so that nothing runs in the background, and both gateways wait up to 120 s for a subgraph (SUBGRAPH_TIMEOUT_MS; the default 5 s would cut the indicators off under load). A run is stretched (up to 120 s) when the query is too slow to give two answers per connection in the set time; see the measured seconds',
    "- The floor (bench/floor/) answers the same data as the graph: per request one SQL statement per agency database it needs (pg pools of 10, JIT off, as the subgraphs), joined in its own process, shaped by the agencies' own pure rules; it skips GraphQL, token verification and the read audit, but writes the transition's history and audit rows as the subgraph does. Before the load every target's answers are compared and must be equal",
    `- "alone ms": one request at a time on idle servers (the median of the check's requests, targets one after another, each after one untimed read; the write's is a single request). A target whose answer alone takes over ${slowAloneSeconds(context.connections)} s (the ${REQUEST_TIMEOUT_SECONDS} s request timeout × cores ÷ connections), or none comes within ${REQUEST_TIMEOUT_SECONDS} s, is not put under load for that query ("not loaded"); statements still running after ${REQUEST_TIMEOUT_SECONDS} s are cancelled before the next run`,
    '- Ratios: requests/s above 1× means our gateway serves more; latency above 1× means it answers slower',
    '',
    ...run.results.flatMap((result) => [queryTable(result, run.targets), '']),
    '### Peak memory per process',
    '',
    memoryTable(run.memory),
    '',
    '### Where our gateway spends its time (journey, `node --cpu-prof`)',
    '',
    profileTables(run),
    '',
    `<!-- ${MARKER} ${JSON.stringify(stored)} -->`,
  ].join('\n');
  return { heading: sectionHeading(context.people), body };
}

function storedRuns(document: string): StoredFigures[] {
  const found: StoredFigures[] = [];
  for (const match of document.matchAll(new RegExp(`<!-- ${MARKER} (.*?) -->`, 'g'))) {
    try {
      found.push(JSON.parse(match[1]!) as StoredFigures);
    } catch {
      // a hand-edited section: left out of the comparison
    }
  }
  return found.sort((a, b) => a.people - b.people);
}

const moved = (from: number | undefined, to: number | undefined, digits = 1): string =>
  from === undefined || to === undefined ? '–' : `${fixed(from, digits)} → ${fixed(to, digits)} (${ratio(to, from)})`;

/** The document with this run's section in place and the comparison, when there is one, last. */
export function withFederationRun(document: string, section: { heading: string; body: string }): string {
  let updated = withSection(withoutSection(document, COMPARISON_HEADING), section.heading, section.body);
  const comparison = comparisonSection(updated);
  if (comparison) updated = withSection(updated, comparison.heading, comparison.body);
  return updated;
}

/**
 * How each figure moves from the smallest to the largest population of the runs in the
 * document (e.g. 100,000 → 1,000,000); null while the document holds one population only.
 */
/** Runs further apart than this were not of one sitting: the code may have changed between them. */
const SAME_SITTING_MS = 6 * 3600 * 1000;

/** A warning when the two runs were measured apart (or when one does not say when), as their factors then mix in the code's changes. */
function apartNote(small: StoredFigures, large: StoredFigures): string[] {
  const at = (run: StoredFigures) => (run.measuredAt ? Date.parse(run.measuredAt) : Number.NaN);
  const apart = Math.abs(at(large) - at(small));
  if (apart <= SAME_SITTING_MS) return [];
  const when = (run: StoredFigures) => run.measuredAt?.slice(0, 10) ?? 'an earlier date';
  return [
    `**The two runs were measured apart (${small.people.toLocaleString('en-US')} people: ${when(small)}; ${large.people.toLocaleString('en-US')}: ${when(large)}), so the factors below mix the population's effect with the code's changes between them. Run both populations again for a clean comparison.**`,
    '',
  ];
}

export function comparisonSection(document: string): { heading: string; body: string } | null {
  const runs = storedRuns(document);
  const small = runs[0];
  const large = runs.at(-1);
  if (!small || !large || small.people === large.people) return null;
  const lines = [
    `From ${small.people.toLocaleString('en-US')} to ${large.people.toLocaleString('en-US')} people (the two sections above; each figure as smaller → larger population, and the factor; – where a target was not loaded).`,
    '',
    ...apartNote(small, large),
    '| Query | Target | alone ms | requests/s | p50 ms | p95 ms | p99 ms |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const result of large.results) {
    const before = small.results.find((r) => r.key === result.key);
    for (const target of ['ours', 'hive', 'floor'] as const) {
      const a = before?.figures[target];
      const b = result.figures[target];
      const aloneBefore = before?.alone?.[target];
      const aloneAfter = result.alone?.[target];
      if (!a && !b && aloneBefore === undefined && aloneAfter === undefined) continue;
      const alone =
        aloneAfter === null
          ? `${fixed(aloneBefore ?? Number.NaN)} → > ${REQUEST_TIMEOUT_SECONDS * 1000}`
          : moved(aloneBefore ?? undefined, aloneAfter ?? undefined);
      lines.push(
        `| ${result.name} | ${TARGET_LABELS[target]} | ${alone} | ${moved(a?.requestsPerSecond, b?.requestsPerSecond)} | ${moved(a?.p50, b?.p50)} | ${moved(a?.p95, b?.p95)} | ${moved(a?.p99, b?.p99)} |`,
      );
    }
  }
  lines.push(
    '',
    `The factors alone (${large.people.toLocaleString('en-US')} ÷ ${small.people.toLocaleString('en-US')}): requests/s below 1× and latency above 1× mean the larger population costs more.`,
    '',
    '| Query | Target | requests/s | p50 | p99 |',
    '|---|---|---:|---:|---:|',
  );
  for (const result of large.results) {
    const before = small.results.find((r) => r.key === result.key);
    for (const target of ['ours', 'hive', 'floor'] as const) {
      const a = before?.figures[target];
      const b = result.figures[target];
      if (!a && !b) continue;
      const factor = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? '–' : ratio(to, from));
      lines.push(
        `| ${result.name} | ${TARGET_LABELS[target]} | ${factor(a?.requestsPerSecond, b?.requestsPerSecond)} | ${factor(a?.p50, b?.p50)} | ${factor(a?.p99, b?.p99)} |`,
      );
    }
  }
  lines.push('', '| Process | peak RSS MiB |', '|---|---:|');
  for (const name of new Set([...Object.keys(small.memory), ...Object.keys(large.memory)])) {
    const a = small.memory[name];
    const b = large.memory[name];
    lines.push(`| ${name} | ${moved(a === null || a === undefined ? undefined : a / 2 ** 20, b === null || b === undefined ? undefined : b / 2 ** 20, 0)} |`);
  }
  return { heading: COMPARISON_HEADING, body: lines.join('\n') };
}
