import { describe, expect, it } from 'vitest';
import { readSubgraphConfig } from '#platform/server/subgraph-config.js';
import { StartupError } from '#platform/config/config.js';

describe('subgraph configuration', () => {
  it('defaults to the agency port on loopback with an embedded database', () => {
    const config = readSubgraphConfig('welfare', { DATA_DIR: '/tmp/pj-config-test', LINKAGE_KEY: 'ab'.repeat(32) });
    expect(config).toMatchObject({
      port: 4002,
      host: '127.0.0.1',
      database: { url: undefined, urlVariable: 'DATABASE_URL_WELFARE', embeddedDir: '/tmp/pj-config-test/welfare' },
    });
  });

  it('reports every bad variable at once, by name', () => {
    try {
      readSubgraphConfig('registry', { REGISTRY_PORT: 'http', DATABASE_URL_REGISTRY: 'mysql://x', LINKAGE_KEY: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StartupError);
      const problems = (error as StartupError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^REGISTRY_PORT/);
      expect(problems[1]).toMatch(/^DATABASE_URL_REGISTRY/);
    }
  });

  it('refuses a linkage key that is too short, naming LINKAGE_KEY', () => {
    expect(() => readSubgraphConfig('registry', { LINKAGE_KEY: 'abcd' })).toThrow(/LINKAGE_KEY/);
  });

  it("says each problem in the environment's language: Chinese by default, English for LANG=en_US.UTF-8", () => {
    const problemsIn = (env: Record<string, string>) => {
      try {
        readSubgraphConfig('registry', { REGISTRY_PORT: 'http', LINKAGE_KEY: 'ab'.repeat(32), ...env });
      } catch (error) {
        return (error as StartupError).problems;
      }
      return expect.unreachable();
    };
    expect(problemsIn({})).toEqual(['REGISTRY_PORT: 无效输入：期望 数字，实际接收 NaN']);
    expect(problemsIn({ LANG: 'en_US.UTF-8' })).toEqual(['REGISTRY_PORT: Invalid input: expected number, received NaN']);
  });
});
