// The docs' generated tables against their sources (npm run docs), and the links between the pages.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AGENCIES } from '#platform/config/agencies.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import { projectRoot } from '#platform/server/paths.js';
import { ACTION_TARGETS } from '#platform/statistics/indicators.js';
import { GENERATED_TABLES, generatedSection, indicatorFields, replaceGenerated, splitDescription, staleTables } from '../../scripts/docs-tables.js';

const read = (relative: string) => readFileSync(path.join(projectRoot, relative), 'utf8');

describe('the generated tables of docs/', () => {
  it.each(GENERATED_TABLES.map((table) => [table.name, table] as const))('%s is what its source renders now (run npm run docs)', (_name, table) => {
    expect(generatedSection(read(table.file), table).content).toBe(table.render().trim());
  });

  it('reports no stale table', () => {
    expect(staleTables().map((table) => `${table.file}: ${table.name}`)).toEqual([]);
  });

  it('replaces only what lies between the markers, and names the page when they are missing', () => {
    const table = { name: 'demo', file: 'docs/demo.md' };
    const text = 'before\n<!-- generated:demo -->\nold\n<!-- /generated -->\nafter\n';
    expect(replaceGenerated(text, table, '| new |')).toBe('before\n<!-- generated:demo -->\n| new |\n<!-- /generated -->\nafter\n');
    expect(() => replaceGenerated('no markers', table, 'x')).toThrow('docs/demo.md: no "<!-- generated:demo -->"');
  });
});

describe('the indicators', () => {
  const fields = indicatorFields();

  it("include every founder's figures", () => {
    const contributors = new Set(fields.map((field) => field.subgraph));
    expect(AGENCIES.filter((agency) => !contributors.has(agency))).toEqual([]);
  });

  it('each have a description in the SDL, Chinese name first, then the English definition', () => {
    const undescribed = fields.filter(({ description }) => {
      const { chinese, english } = splitDescription(description);
      return chinese === '' || english === '';
    });
    expect(undescribed.map(({ subgraph, field }) => `${subgraph}: ${field}`)).toEqual([]);
  });

  it('show every target the code keeps, in the row of its indicator', () => {
    const table = read('docs/analysts.md');
    for (const [indicator, targets] of Object.entries(ACTION_TARGETS)) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${indicator}\` |`));
      for (const [year, share] of Object.entries(targets)) expect(row).toContain(`${year}: ${Math.round(share * 100)} %`);
    }
  });
});

describe('the error codes', () => {
  it('list every member of ErrorCode', () => {
    const table = read('docs/dashboard-developers.md');
    for (const code of Object.keys(ErrorCode)) expect(table).toContain(`| \`${code}\` |`);
  });
});

describe('links between the pages', () => {
  const pages = [
    'README.md',
    'CHANGELOG.md',
    ...['dashboard-developers', 'analysts', 'partner-guide', 'operators', 'architecture'].map((name) => `docs/${name}.md`),
  ];

  it.each(pages)('%s links only to files that exist', (page) => {
    const text = read(page);
    const missing = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^https?:/.test(target))
      .filter((target) => !existsSync(path.join(projectRoot, path.dirname(page), target)));
    expect(missing).toEqual([]);
  });

  it('show only GraphQL examples that validate against the API schema', () => {
    const schema = buildSchema(read('schema/api-schema.graphql'));
    const problems = pages.flatMap((page) =>
      [...read(page).matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((block) => validate(schema, parse(block[1]!)).map((error) => `${page}: ${error.message}`)),
    );
    expect(problems).toEqual([]);
  });

  it('keep an Unreleased section at the top of the changelog', () => {
    expect(read('CHANGELOG.md')).toMatch(/^# Changelog\n[\s\S]*?\n## \[Unreleased\]\n/);
  });
});
