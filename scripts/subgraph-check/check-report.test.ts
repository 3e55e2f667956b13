import { describe, expect, it } from 'vitest';
import { blocker, type CheckResult, renderReport, skippedCheck, verdict, warning } from './check-report.js';

const passed: CheckResult = { title: 'Composition', findings: [], summary: 'composes' };
const warned: CheckResult = { title: 'Schema file', findings: [warning('no URL', 'a.graphql:1:1', 'add one')] };
const blocked: CheckResult = { title: 'Federation rules', findings: [blocker('Person is keyed on "x"', 'a.graphql:3:13', 'key on pid')] };

describe('the report', () => {
  it('prints a heading per check, each problem with its location and fix, and the verdict last, without colours', () => {
    const text = renderReport([passed, warned, blocked, skippedCheck('Public contract', 'composition failed')], { colour: false });
    expect(text).toBe(
      [
        '✔ Composition (composes)',
        '',
        '⚠ Schema file',
        '  ⚠ a.graphql:1:1: no URL',
        '      fix: add one',
        '',
        '✖ Federation rules',
        '  ✖ a.graphql:3:13: Person is keyed on "x"',
        '      fix: key on pid',
        '',
        '– Public contract (not checked: composition failed)',
        '',
        'BLOCKED: 1 blocker(s) (1 warning(s) to read above)',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('\x1b[');
  });

  it('colours the marks only when asked', () => {
    expect(renderReport([blocked], { colour: true })).toContain('\x1b[31m');
  });

  it('is ready to compose with warnings only', () => {
    expect(verdict([passed, warned])).toBe('OK: ready to compose (1 warning(s) to read above)');
    expect(verdict([passed])).toBe('OK: ready to compose');
  });
});
