// Complementary suppression (DOMAIN.md §6) on the demo data through the gateway: an analyst who subtracts the visible
// children from a region, the visible quarters from a year or the visible months from a quarter never gets back a
// count the analyst was refused, for every count of every agency and every level of the demo province.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsOfYear } from '#platform/statistics/complementary.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const YEAR = 2026;
const PROVINCE = '440000';
const COUNTS = [
  'registryActivePatients',
  'registryRelapsedPatients',
  'registeredRecipients',
  'standardizedRecipients',
  'waitingOver90Days',
  'employmentReferralsAcknowledged',
  'employmentReferralsPlaced',
  'guardianshipEligibleHighRisk',
  'guardianshipAgreementsSigned',
] as const;
const FIELDS = `regionCode ${COUNTS.join(' ')}`;
const TREE = `query ($period: String) { rehabIndicators(regionCode: "${PROVINCE}", year: ${YEAR}, period: $period) {
  ${FIELDS} children { ${FIELDS} children { ${FIELDS} } } } }`;

type Cell = Record<(typeof COUNTS)[number], number | null>;
interface Node {
  regionCode: string;
  cells: Cell;
  children: Node[];
}
/** One period's tree: the region codes' cells, and each region's children. */
interface Tree {
  cells: Map<string, Cell>;
  children: Map<string, string[]>;
}

function treeOf(root: LooseData): Tree {
  const tree: Tree = { cells: new Map(), children: new Map() };
  const walk = (node: LooseData): void => {
    const { regionCode, children, ...cells } = node as Node & Cell;
    tree.cells.set(regionCode, cells as Cell);
    const kids = (children ?? []) as LooseData[];
    if (kids.length > 0)
      tree.children.set(
        regionCode,
        kids.map((kid) => kid.regionCode as string),
      );
    kids.forEach(walk);
  };
  walk(root);
  return tree;
}

/**
 * Every subtraction of one sum: the total less its visible parts gives the one part withheld, or the parts
 * give a withheld total. Returns what it recovered that equals a withheld figure.
 */
function recovered(label: string, total: [number | null, number | null], parts: [number | null, number | null][]): string[] {
  const [shownTotal, exactTotal] = total;
  const hidden = parts.filter(([shown]) => shown === null);
  const visibleSum = parts.reduce((sum, [shown]) => sum + (shown ?? 0), 0);
  if (shownTotal !== null && hidden.length === 1 && shownTotal - visibleSum === hidden[0]![1]) return [`${label}: a part is ${hidden[0]![1]}`];
  if (shownTotal === null && exactTotal !== null && hidden.length === 0 && visibleSum === exactTotal) return [`${label}: the total is ${exactTotal}`];
  return [];
}

describe.each(backends)('complementary suppression for analysts (%s)', (backend) => {
  let federation: Federation;
  const shown = new Map<string, Tree>();
  const exact = new Map<string, Tree>();
  const causes = new Set<unknown>();

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 1500, seed: 23 });
    const analyst = await federation.tokenFor('ANALYST');
    const officer = await federation.tokenFor('PLATFORM_OFFICER');
    for (const period of periodsOfYear(YEAR)) {
      const asAnalyst = (await federation.query(TREE, { period }, undefined, analyst)) as GraphQLBody<LooseData>;
      const asOfficer = (await federation.query(TREE, { period }, undefined, officer)) as GraphQLBody<LooseData>;
      expect(asOfficer.errors ?? []).toEqual([]);
      expect((asAnalyst.errors ?? []).every((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED')).toBe(true);
      for (const error of asAnalyst.errors ?? []) causes.add(error.extensions?.cause);
      shown.set(period, treeOf(asAnalyst.data!.rehabIndicators));
      exact.set(period, treeOf(asOfficer.data!.rehabIndicators));
    }
  }, 240_000);
  afterAll(async () => {
    await federation?.stop();
  });

  const pair = (period: string, region: string, count: (typeof COUNTS)[number]): [number | null, number | null] => [
    shown.get(period)!.cells.get(region)![count],
    exact.get(period)!.cells.get(region)![count],
  ];

  it('withhold small cells, and complements with their own cause, while other roles see every figure', () => {
    expect(causes).toEqual(new Set(['SMALL_CELL', 'COMPLEMENTARY']));
    const year = exact.get(String(YEAR))!;
    expect(year.children.get(PROVINCE)?.length).toBeGreaterThan(1);
    expect([...year.cells.values()].every((cell) => COUNTS.every((count) => cell[count] !== null))).toBe(true);
  });

  it('give no withheld count back as a region less its visible children, in any period', () => {
    const found: string[] = [];
    for (const [period, tree] of exact) {
      for (const [parent, children] of tree.children) {
        for (const count of COUNTS) {
          found.push(
            ...recovered(
              `${count} ${parent} ${period}`,
              pair(period, parent, count),
              children.map((child) => pair(period, child, count)),
            ),
          );
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('give no withheld count back as a year less its visible quarters, or a quarter less its visible months', () => {
    const [year, ...rest] = periodsOfYear(YEAR);
    const quarters = rest.slice(0, 4);
    const months = rest.slice(4);
    const found: string[] = [];
    for (const region of exact.get(year!)!.cells.keys()) {
      for (const count of COUNTS) {
        found.push(
          ...recovered(
            `${count} ${region} ${year}`,
            pair(year!, region, count),
            quarters.map((q) => pair(q, region, count)),
          ),
        );
        quarters.forEach((quarter, i) => {
          const parts = months.slice(i * 3, i * 3 + 3).map((m) => pair(m, region, count));
          found.push(...recovered(`${count} ${region} ${quarter}`, pair(quarter, region, count), parts));
        });
      }
    }
    expect(found).toEqual([]);
  });
});
