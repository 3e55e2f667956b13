// `npm run check:generated` (CI): fails when a generated file (supergraph, API schema, codegen output)
// is not what its generator produces from the committed sources, naming the command that regenerates it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, operatorText } from '#platform/config/config.js';
import { projectRoot } from '#platform/server/paths.js';
import { composeOrReport, generatedFiles, staleFiles } from './composition.js';
import { governedSdl, staleAccessSdl } from './access-sdl.js';

/** Something out of date, and what a person runs to fix it. */
interface Stale {
  item: string;
  command: string;
}

const CHECK_GENERATED_COMMAND = {
  name: 'check:generated',
  command: 'npm run check:generated',
  summary: 'cli.checkGenerated.summary',
  options: {},
  examples: ['npm run check:generated'],
} as const satisfies CommandDeclaration;

main(async () => {
  readCommandLine(CHECK_GENERATED_COMMAND);
  const stale = [...(await checkAccessDirectives()), ...checkComposition(), ...checkCodegen()];
  if (stale.length === 0) {
    process.stdout.write(`${operatorText('checkGenerated.upToDate')}\n`);
    return;
  }
  process.stderr.write(`${operatorText('checkGenerated.stale', { count: stale.length })}\n`);
  for (const { item, command } of stale) process.stderr.write(`  ${operatorText('checkGenerated.run', { item, command })}\n`);
  // Codegen reads schema/api-schema.graphql, so its check is only meaningful once compose is current.
  if (stale.some((entry) => entry.command === 'npm run compose')) {
    process.stderr.write(`${operatorText('checkGenerated.order')}\n`);
  }
  process.stderr.write(`${operatorText('checkGenerated.commit')}\n`);
  process.exitCode = 1;
});

/** The SDLs' @requiresScopes/@policy must be what the subgraphs' access policies generate. */
async function checkAccessDirectives(): Promise<Stale[]> {
  return staleAccessSdl(await governedSdl()).map(({ file }) => ({
    item: `${path.relative(projectRoot, file)} (access directives differ from the subgraph's access policy)`,
    command: 'npm run compose',
  }));
}

function checkComposition(): Stale[] {
  const composed = composeOrReport();
  if (composed === undefined) return [{ item: 'the subgraph SDLs do not compose (errors above)', command: 'npm run compose' }];
  return staleFiles(generatedFiles(composed)).map((file) => ({ item: file, command: 'npm run compose' }));
}

function checkCodegen(): Stale[] {
  const command = 'npm run codegen';
  if (!existsSync(path.join(projectRoot, 'codegen.yml'))) {
    return [
      { item: 'codegen.yml does not exist yet, so the resolver and operation types cannot be checked', command: 'create codegen.yml, then npm run codegen' },
    ];
  }
  // The local binary rather than npx: npx could fetch a different version when node_modules is incomplete.
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.yml', '--check'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.error !== undefined) return [{ item: `graphql-codegen could not start (${result.error.message})`, command: 'npm ci' }];
  if (result.status === 0) return [];
  const files = staleCodegenFiles(result.stdout);
  if (files.length > 0) return files.map((file) => ({ item: file, command }));
  // A failure that names no file is codegen itself failing (e.g. an operation that no longer validates).
  process.stderr.write(`${result.stdout}${result.stderr}`);
  return [{ item: 'graphql-codegen --check failed (output above)', command }];
}

/** The files codegen lists after "The following stale files were detected:" as `  - <file>` lines. */
function staleCodegenFiles(stdout: string): string[] {
  const marker = stdout.indexOf('stale files were detected');
  if (marker === -1) return [];
  return (
    stdout
      .slice(marker)
      .split('\n')
      // Codegen joins its list with commas, so every line after the first starts with ",  - ".
      .map((line) => /^[\s,]*-\s+(.+?)\s*$/.exec(line)?.[1])
      .filter((file): file is string => file !== undefined)
  );
}
