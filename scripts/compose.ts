// `npm run compose`: writes schema/supergraph.graphql and schema/api-schema.graphql from the subgraph SDLs;
// `npm run compose -- --check` only reports which of them are stale (CI).
import { writeFileSync } from 'node:fs';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, operatorText } from '#platform/config/config.js';
import { composeOrReport, generatedFiles, staleFiles } from './composition.js';
import { governedSdl, staleAccessSdl, writeAccessSdl } from './access-sdl.js';

const COMPOSE_COMMAND = {
  name: 'compose',
  command: 'npm run compose',
  summary: 'cli.compose.summary',
  options: {
    check: { type: 'boolean', description: 'cli.compose.check' },
  },
  examples: ['npm run compose', 'npm run compose -- --check'],
} as const satisfies CommandDeclaration;

main(async () => {
  const { values } = readCommandLine(COMPOSE_COMMAND);
  // The SDLs' access directives come from the subgraphs' policies first, so the supergraph documents them.
  const governed = await governedSdl();
  if (values.check) {
    const stale = staleAccessSdl(governed);
    for (const { file } of stale) process.stderr.write(`${operatorText('compose.accessStale', { file })}\n`);
    if (stale.length > 0) {
      process.exitCode = 1;
      return;
    }
  } else {
    for (const file of writeAccessSdl(governed)) process.stdout.write(`${operatorText('compose.accessWritten', { file })}\n`);
  }
  process.exitCode = compose(values.check) ? 0 : 1;
});

/** Composes, then writes the files or (check mode) compares them with disk; false when the process should fail. */
function compose(checkOnly: boolean): boolean {
  const composed = composeOrReport();
  if (composed === undefined) return false;
  const files = generatedFiles(composed);
  const names = files.map((file) => file.file).join(' and ');
  if (!checkOnly) {
    for (const file of files) writeFileSync(file.path, file.content);
    process.stdout.write(`${operatorText('compose.done', { sources: composed.subgraphFiles.join(', '), names })}\n`);
    return true;
  }
  const stale = staleFiles(files);
  if (stale.length === 0) {
    process.stdout.write(`${operatorText('compose.upToDate', { names })}\n`);
    return true;
  }
  for (const file of stale) process.stderr.write(`${operatorText('compose.stale', { file })}\n`);
  process.stderr.write(`${operatorText('compose.runIt')}\n`);
  return false;
}
