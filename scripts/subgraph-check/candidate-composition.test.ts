import { describe, expect, it } from 'vitest';
import { checkComposition, withCandidate } from './candidate-composition.js';
import { fixture, positionOf, todaySources } from './fixture-files.js';

const URL = 'http://127.0.0.1:4010/graphql';

describe('composition with the candidate', () => {
  it('adds a new subgraph beside the founders and returns the API schema with its fields', () => {
    const { file, sdl } = fixture('insurance.graphql');
    const { sources, replaced } = withCandidate(todaySources(), { name: 'insurance', url: URL, sdl, file });
    expect(replaced).toBeUndefined();
    expect(sources.map((s) => s.name)).toEqual([...todaySources().map((s) => s.name), 'insurance'].sort());
    const outcome = checkComposition(sources, 'insurance');
    expect(outcome.result.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
    expect(outcome.apiSchemaSdl).toContain('outpatientCoverage: OutpatientCoverage');
  });

  it('replaces the founder of the same name', () => {
    const registry = todaySources().find((s) => s.name === 'registry')!;
    const { sources, replaced } = withCandidate(todaySources(), { ...registry, file: 'elsewhere/registry.graphql' });
    expect(replaced?.file).toBe('schema/registry.graphql');
    expect(sources.filter((s) => s.name === 'registry').map((s) => s.file)).toEqual(['elsewhere/registry.graphql']);
  });

  it('reports each composition error with its code at the candidate line, naming the other side too', () => {
    const { file, sdl } = fixture('redefines-founder-field.graphql');
    const registry = todaySources().find((s) => s.name === 'registry')!;
    const outcome = checkComposition(withCandidate(todaySources(), { name: 'insurance', url: URL, sdl, file }).sources, 'insurance');
    expect(outcome.apiSchemaSdl).toBeUndefined();
    const codes = outcome.result.findings.map((f) => f.message.split(':')[0]);
    expect(codes).toContain('INVALID_FIELD_SHARING');
    for (const finding of outcome.result.findings) {
      expect(finding.severity).toBe('blocker');
      expect(finding.location).toBe(positionOf(file, sdl, 'journey:'));
      expect(finding.message).toContain(`see also ${positionOf(registry.file, registry.sdl, 'journey(since')}`);
    }
  });
});
