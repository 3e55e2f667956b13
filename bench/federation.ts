// `npm run bench [-- --people 1000000]`: the federation under load: our gateway, Hive Gateway and the floor side by side, into docs/benchmarks.md.
import path from 'node:path';
import { main } from '#platform/config/config.js';
import { readFederationBenchConfig } from './bench-config.js';
import { prepareBenchDatabases } from './bench-databases.js';
import { BENCHMARKS_DOC } from './benchmarks-doc.js';
import type { FederationBench } from './federation-bench.js';
import { sectionHeading } from './federation-doc.js';
import { runAndDocument } from './federation-run.js';

const say = (line: string): boolean => process.stdout.write(`${line}\n`);

main(async () => {
  const config = readFederationBenchConfig(process.argv.slice(2));
  let bench: FederationBench | null = null;
  const interrupt = (signal: NodeJS.Signals): void => {
    process.stderr.write(`bench: ${signal}; stopping the servers\n`);
    void (bench?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  say(`bench: databases with ${config.people.toLocaleString('en-US')} people (seed ${config.seed})`);
  const started = performance.now();
  const databases = await prepareBenchDatabases(config.postgresUrl, { people: config.people, seed: config.seed });
  say(databases.seededSeconds === null ? '  reused an earlier seed' : `  seeded in ${databases.seededSeconds.toFixed(0)} s`);
  const { run, failures } = await runAndDocument({
    ...config,
    adminUrl: config.postgresUrl,
    databases,
    docFile: BENCHMARKS_DOC,
    log: say,
    onStarted: (created) => (bench = created),
  });
  say(
    `\nbench: ${run.results.length} queries on ${run.targets.join(', ')} in ${((performance.now() - started) / 60_000).toFixed(1)} min; section "${sectionHeading(config.people)}" written to ${path.relative(process.cwd(), BENCHMARKS_DOC)}`,
  );
  for (const result of run.results) {
    for (const [target, why] of Object.entries(result.skipped)) say(`  not loaded: ${result.name} on ${target}: ${why}`);
  }
  if (failures > 0) throw new Error(`${failures} requests failed (wrong answer, no answer, or a write not found in the database); see the failed column`);
});
