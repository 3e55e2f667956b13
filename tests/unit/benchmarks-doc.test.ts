// The federation bench's comparison of two populations warns when the two runs were not measured in one sitting.
import { describe, expect, it } from 'vitest';
import { comparisonSection } from '../../bench/federation-doc.js';

const figures = { seconds: 10, requestsPerSecond: 100, p50: 10, p95: 20, p99: 30, responses: 1000, non2xx: 0, failedAnswers: 0, connectionErrors: 0 };

function documentOf(...runs: { people: number; measuredAt?: string }[]): string {
  return runs
    .map((run) => {
      const stored = {
        ...run,
        results: [{ key: 'journey', name: 'person journey', figures: { ours: figures, floor: figures } }],
        memory: { gateway: 2 ** 20 },
      };
      return `## Federation bench: ${run.people} people\n\n<!-- federation-bench-figures ${JSON.stringify(stored)} -->\n`;
    })
    .join('\n');
}

describe('the comparison of two populations', () => {
  it('compares the figures without a warning when both runs were measured in one sitting', () => {
    const comparison = comparisonSection(documentOf({ people: 100, measuredAt: '2026-12-07T09:00:00Z' }, { people: 1000, measuredAt: '2026-12-07T10:30:00Z' }));
    expect(comparison?.body).toContain('| person journey | our gateway |');
    expect(comparison?.body).not.toContain('measured apart');
  });

  it('warns that the factors mix in code changes when the runs are days apart, or one does not say when', () => {
    const apart = comparisonSection(documentOf({ people: 100, measuredAt: '2026-12-07T09:00:00Z' }, { people: 1000, measuredAt: '2026-11-23T16:00:00Z' }));
    expect(apart?.body).toContain('measured apart (100 people: 2026-12-07; 1,000: 2026-11-23)');
    const undated = comparisonSection(documentOf({ people: 100, measuredAt: '2026-12-07T09:00:00Z' }, { people: 1000 }));
    expect(undated?.body).toContain('1,000: an earlier date');
  });

  it('has nothing to compare while the document holds one population', () => {
    expect(comparisonSection(documentOf({ people: 100, measuredAt: '2026-12-07T09:00:00Z' }))).toBeNull();
  });
});
