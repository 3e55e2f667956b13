// The README's facts come from the code: its environment table and its scripts stay in step.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';
import { environmentTable } from '../../scripts/env-table.js';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('README', () => {
  it('shows the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every environment variable exactly as the code declares it', () => {
    expect(readme).toContain(environmentTable());
  });

  it('describes every npm script a person runs', () => {
    const undocumented = scripts.filter((name) => !name.startsWith('test:') && !readme.includes(name === 'start' || name === 'test' ? `npm ${name}` : name));
    expect(undocumented).toEqual([]);
  });
});
