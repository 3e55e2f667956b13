// The federation's settings: its relay to the platform is on by default in a process, off at 0, and a bad value stops the start.
import { describe, expect, it } from 'vitest';
import { StartupError } from '#platform/config/config.js';
import { readEmploymentSettings } from './settings.js';

describe('readEmploymentSettings', () => {
  it('relays every second to the local platform, with a 30-second lease and no fault injected', () => {
    const { relay } = readEmploymentSettings({ DATA_DIR: '/tmp/pj-settings-test' });
    expect(relay?.peer).toMatchObject({ agency: 'welfare', url: 'http://127.0.0.1:4002/graphql' });
    expect(relay?.outbox).toEqual({ intervalMs: 1000, leaseMs: 30_000, crashAt: null });
  });

  it('turns the relay off at 0 and reads the platform URL and the crash point', () => {
    expect(readEmploymentSettings({ OUTBOX_RELAY_INTERVAL_MS: '0' }).relay?.outbox.intervalMs).toBe(0);
    const { relay } = readEmploymentSettings({
      DATA_DIR: '/tmp/pj-settings-test',
      WELFARE_URL: 'http://welfare:4002/graphql',
      OUTBOX_CRASH_AT: 'delivered',
    });
    expect(relay?.peer.url).toBe('http://welfare:4002/graphql');
    expect(relay?.outbox.crashAt).toBe('delivered');
  });

  it('reports every bad variable at once', () => {
    const read = () => readEmploymentSettings({ OUTBOX_RELAY_INTERVAL_MS: '-1', OUTBOX_CRASH_AT: 'later', WELFARE_URL: 'welfare' });
    expect(read).toThrow(StartupError);
    try {
      read();
    } catch (error) {
      expect((error as StartupError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['OUTBOX_CRASH_AT', 'OUTBOX_RELAY_INTERVAL_MS', 'WELFARE_URL']);
    }
  });
});
