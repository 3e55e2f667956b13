// The public contract (../shared/contract.graphql) against the API schema the candidate would produce, via contract-check.ts.
import { checkContract } from '../contract-check.js';
import { blocker, type CheckResult, warning } from './check-report.js';
import { describePath, locatableSdl } from './schema-paths.js';
import type { TextFile } from './breaking-changes.js';

export const TITLE = 'subgraphCheck.title.contract';

/**
 * Contract items missing or incompatible in the new API schema (and not pending) are blockers; a pending
 * item the candidate builds is a warning, since `npm run contract` then asks for its line to be deleted.
 */
export async function checkContractViolations(
  contract: TextFile,
  newApiSchemaSdl: string,
  pending: { file: string; paths: readonly string[] },
): Promise<CheckResult> {
  const report = await checkContract(newApiSchemaSdl, contract.text, pending.paths);
  const located = locatableSdl(contract.file, contract.text);
  const findings = [
    ...report.unlisted.map((gap) =>
      blocker(
        gap.message,
        describePath(gap.path, located),
        'restore the contract item in the API schema: the contract is what partners and dashboards rely on',
      ),
    ),
    ...report.resolved.map((path) =>
      warning(`${path} is listed in ${pending.file} but is provided now`, path, `delete its line from ${pending.file} when this subgraph is composed`),
    ),
  ];
  const summary =
    report.pending === 0
      ? `the API schema still provides the whole of ${contract.file}`
      : `provides ${contract.file} except ${report.pending} item(s) pending in ${pending.file}`;
  return { title: TITLE, findings, summary };
}
