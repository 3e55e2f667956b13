// The federation's settings: the rounds with the platform are on by default in a process, off at 0, and a bad value stops the start.
import { describe, expect, it } from 'vitest';
import { StartupError } from '#platform/config/config.js';
import { readEmploymentSettings } from './settings.js';

describe('readEmploymentSettings', () => {
  it('runs the rounds every 2 seconds against the local platform, with no fault injected', () => {
    const { sync } = readEmploymentSettings({ DATA_DIR: '/tmp/pj-settings-test' });
    expect(sync).toMatchObject({ welfareUrl: 'http://127.0.0.1:4002/graphql', intervalMs: 2000, crashAfter: null });
  });

  it('turns the rounds off at 0 and reads the platform URL and the crash point', () => {
    expect(readEmploymentSettings({ EMPLOYMENT_SYNC_INTERVAL_MS: '0' })).toEqual({ sync: null });
    const { sync } = readEmploymentSettings({
      DATA_DIR: '/tmp/pj-settings-test',
      WELFARE_URL: 'http://welfare:4002/graphql',
      EMPLOYMENT_SYNC_CRASH_AFTER: 'answer',
    });
    expect(sync).toMatchObject({ welfareUrl: 'http://welfare:4002/graphql', crashAfter: 'answer' });
  });

  it('reports every bad variable at once', () => {
    const read = () => readEmploymentSettings({ EMPLOYMENT_SYNC_INTERVAL_MS: '-1', EMPLOYMENT_SYNC_CRASH_AFTER: 'later', WELFARE_URL: 'welfare' });
    expect(read).toThrow(StartupError);
    try {
      read();
    } catch (error) {
      expect((error as StartupError).problems.map((p) => p.split(':')[0])).toEqual([
        'WELFARE_URL',
        'EMPLOYMENT_SYNC_INTERVAL_MS',
        'EMPLOYMENT_SYNC_CRASH_AFTER',
      ]);
    }
  });
});
