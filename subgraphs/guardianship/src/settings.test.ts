import { describe, expect, it } from 'vitest';
import { StartupError } from '#platform/config/config.js';
import { DEFAULT_YEARLY_INCENTIVE_YUAN, defaultGuardianshipSettings, readGuardianshipSettings } from './settings.js';
import { guardianshipSubgraph } from './subgraph.js';

describe('the guardianship settings', () => {
  it('default to 1,200 yuan a year, the value the subgraph definition carries', () => {
    expect(defaultGuardianshipSettings()).toEqual({ yearlyIncentiveYuan: DEFAULT_YEARLY_INCENTIVE_YUAN });
    expect(guardianshipSubgraph.settings).toEqual(defaultGuardianshipSettings());
  });

  it('read GUARDIANSHIP_YEARLY_INCENTIVE_YUAN and refuse a value that is not a whole number of yuan', () => {
    expect(readGuardianshipSettings({ GUARDIANSHIP_YEARLY_INCENTIVE_YUAN: '1500' })).toEqual({ yearlyIncentiveYuan: 1500 });
    expect(() => readGuardianshipSettings({ GUARDIANSHIP_YEARLY_INCENTIVE_YUAN: '12.5' })).toThrow(StartupError);
    expect(() => readGuardianshipSettings({ GUARDIANSHIP_YEARLY_INCENTIVE_YUAN: '-1' })).toThrow(StartupError);
  });
});
