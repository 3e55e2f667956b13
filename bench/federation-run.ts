// One federation bench run on prepared databases, written into a benchmarks document: what `npm run bench` and the smoke test share.
import type { AgencyName } from '#platform/config/agencies.js';
import { postgresVersion } from './bench-databases.js';
import { environmentLines, readBenchmarkDoc, writeBenchmarkDoc } from './benchmarks-doc.js';
import { type BenchRun, FederationBench, type HarnessOptions } from './federation-bench.js';
import { federationSection, withFederationRun } from './federation-doc.js';
import { failuresOf } from './load-run.js';

export interface FederationRunConfig extends Omit<HarnessOptions, 'databases'> {
  databases: { urls: Record<AgencyName, string>; names: string[]; linkageKey: Buffer; seededSeconds: number | null };
  people: number;
  seed: number;
  /** The markdown file the section goes into (docs/benchmarks.md, or a temporary file in tests). */
  docFile: string;
  /** Called with the bench once it exists, so that an interrupt can stop its servers. */
  onStarted?: (bench: FederationBench) => void;
}

export interface FederationRunResult {
  run: BenchRun;
  /** Failed requests over every query and target (wrong answers, none, or writes not found in the database). */
  failures: number;
}

export async function runAndDocument(config: FederationRunConfig): Promise<FederationRunResult> {
  const bench = new FederationBench(config);
  config.onStarted?.(bench);
  let run: BenchRun;
  try {
    run = await bench.run();
  } finally {
    await bench.stop();
  }
  const section = federationSection(run, {
    people: config.people,
    seed: config.seed,
    connections: config.connections,
    seconds: config.seconds,
    rounds: config.rounds,
    warmUpSeconds: config.warmUpSeconds,
    maxRequests: config.maxRequests,
    seededSeconds: config.databases.seededSeconds,
    environment: environmentLines(await postgresVersion(config.adminUrl)),
    hiveNote: run.hiveNote,
  });
  writeBenchmarkDoc(withFederationRun(readBenchmarkDoc(config.docFile), section), config.docFile);
  const failures = run.results.reduce((sum, result) => sum + Object.values(result.figures).reduce((s, figures) => s + failuresOf(figures), 0), 0);
  return { run, failures };
}
