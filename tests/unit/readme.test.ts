// The README and the docs' facts come from the code: the environment table and the scripts stay in step.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';
import { environmentTable } from '../../scripts/env-table.js';

const read = (relative: string) => readFileSync(path.join(projectRoot, relative), 'utf8');
const readme = read('README.md');
const operators = read('docs/operators.md');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

describe('README', () => {
  it('shows the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('describes every npm script a person runs', () => {
    const undocumented = scripts.filter((name) => !readme.includes(name === 'start' || name === 'test' ? `npm ${name}` : name));
    expect(undocumented).toEqual([]);
  });

  it('points every reader to their page, and to the changelog', () => {
    for (const page of [
      'docs/dashboard-developers.md',
      'docs/analysts.md',
      'docs/partner-guide.md',
      'docs/operators.md',
      'docs/architecture.md',
      'docs/benchmarks.md',
      'CHANGELOG.md',
    ])
      expect(readme).toContain(`](${page})`);
  });
});

describe("the operators' page", () => {
  it('lists every environment variable exactly as the code declares it', () => {
    expect(operators).toContain(environmentTable());
  });
});
