import { describe, expect, it } from 'vitest';
import { blocker, type CheckResult, renderReport, skippedCheck, verdict, warning } from './check-report.js';
import { SCHEMA_FILE_TITLE } from './run-checks.js';

const passed: CheckResult = { title: 'Composition', findings: [], summary: 'composes' };
const warned: CheckResult = { title: SCHEMA_FILE_TITLE, findings: [warning('no URL', 'a.graphql:1:1', 'add one')] };
const blocked: CheckResult = { title: 'Federation rules', findings: [blocker('Person is keyed on "x"', 'a.graphql:3:13', 'key on pid')] };

describe('the report', () => {
  it('prints a heading per check, each problem with its location and fix, and the verdict last, without colours, in English when asked', () => {
    const text = renderReport([passed, warned, blocked, skippedCheck('Public contract', 'composition failed')], { colour: false, language: 'en' });
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
    expect(renderReport([blocked], { colour: true, language: 'zh-CN' })).toContain('\x1b[31m');
  });

  it('is ready to compose with warnings only', () => {
    expect(verdict([passed, warned], 'en')).toBe('OK: ready to compose (1 warning(s) to read above)');
    expect(verdict([passed], 'en')).toBe('OK: ready to compose');
    expect(verdict([passed, warned], 'zh-CN')).toBe('OK：可以组合（另有 1 个警告，见上文）');
  });

  it('is said in Chinese by default, the verdict opening with OK or BLOCKED all the same', () => {
    const text = renderReport([warned, blocked, skippedCheck('Public contract', 'composition failed')], { colour: false, language: 'zh-CN' });
    expect(text.split('\n')).toEqual([
      '⚠ Schema 文件',
      '  ⚠ a.graphql:1:1: no URL',
      '      修正：add one',
      '',
      '✖ Federation rules',
      '  ✖ a.graphql:3:13: Person is keyed on "x"',
      '      修正：key on pid',
      '',
      '– Public contract（未检查：composition failed）',
      '',
      'BLOCKED：1 个阻断项（另有 1 个警告，见上文）',
      '',
    ]);
  });
});
