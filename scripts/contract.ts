// `npm run contract`: fails unless the composed API schema provides the public contract, except the items
// schema/contract-pending.txt lists as not built yet. `-- --print-gaps` prints today's gaps, one path a line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, operatorText, readConfig } from '#platform/config/config.js';
import { projectRoot } from '#platform/server/paths.js';
import { composeOrReport } from './composition.js';
import { type ContractReport, checkContract, contractGaps, contractVariables, gapPaths, PENDING_FILE, parsePendingList } from './contract-check.js';

const CONTRACT_COMMAND = {
  name: 'contract',
  command: 'npm run contract',
  summary: { key: 'cli.contract.summary', params: { pending: PENDING_FILE } },
  options: {
    'print-gaps': { type: 'boolean', description: 'cli.contract.printGaps' },
  },
  environment: [contractVariables.contractPath],
  examples: ['npm run contract', 'npm run contract -- --print-gaps'],
} as const satisfies CommandDeclaration;

main(async () => {
  const { values } = readCommandLine(CONTRACT_COMMAND);
  const contractPath = path.resolve(projectRoot, readConfig(contractVariables).contractPath);
  if (!existsSync(contractPath)) {
    process.stdout.write(`${operatorText('contract.absent', { path: contractPath })}\n`);
    return;
  }
  // Composed in memory, so a stale schema/api-schema.graphql cannot hide a gap (npm run compose -- --check covers that).
  const composed = composeOrReport();
  if (composed === undefined) {
    process.exitCode = 1;
    return;
  }
  const contractSdl = readFileSync(contractPath, 'utf8');

  if (values['print-gaps']) {
    for (const gapPath of gapPaths(await contractGaps(composed.apiSchemaSdl, contractSdl))) process.stdout.write(`${gapPath}\n`);
    return;
  }
  const pendingFile = path.join(projectRoot, PENDING_FILE);
  const pending = existsSync(pendingFile) ? parsePendingList(readFileSync(pendingFile, 'utf8')) : [];
  const report = await checkContract(composed.apiSchemaSdl, contractSdl, pending);
  process.exitCode = printReport(report, contractPath) ? 0 : 1;
});

/** Writes what a person must do; true when the check passes. */
function printReport(report: ContractReport, contractPath: string): boolean {
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(`Contract: ${contractPath}`);
  if (report.unlisted.length > 0) {
    out(operatorText('contract.unlisted', { count: report.unlisted.length, file: PENDING_FILE }));
    for (const gap of report.unlisted) out(`  ${gap.path}: ${gap.message}`);
    out(operatorText('contract.buildThem', { file: PENDING_FILE }));
  }
  if (report.resolved.length > 0) {
    out(operatorText('contract.resolved', { count: report.resolved.length, file: PENDING_FILE }));
    const narrowed = new Map(report.narrowed.map((entry) => [entry.path, entry.remaining]));
    for (const resolvedPath of report.resolved) {
      const remaining = narrowed.get(resolvedPath);
      // A partly built type is progress, not a regression: say exactly which lines take its place.
      out(remaining === undefined ? `  ${resolvedPath}` : `  ${operatorText('contract.partly', { path: resolvedPath, remaining: remaining.join(', ') })}`);
    }
  }
  if (report.unlisted.length > 0 || report.resolved.length > 0) return false;
  out(report.pending === 0 ? operatorText('contract.whole') : operatorText('contract.pending', { count: report.pending, file: PENDING_FILE }));
  return true;
}
