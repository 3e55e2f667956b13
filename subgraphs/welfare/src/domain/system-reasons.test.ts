import { describe, expect, it } from 'vitest';
import { message } from '#platform/i18n/messages.js';
import { SYSTEM_REASONS, systemReason, systemReasonOf } from './system-reasons.js';

describe("the system's reasons on a case's history", () => {
  it('are read from their marker and from the English text older rows hold', () => {
    expect(systemReasonOf(systemReason('deceased'))).toBe('deceased');
    expect(systemReasonOf('DECEASED: the registry recorded the death')).toBe('deceased');
    expect(systemReasonOf('HANDOFF_ACKNOWLEDGED')).toBe('handoffAcknowledged');
  });

  it("leave a person's own words as they are", () => {
    expect(systemReasonOf('green channel: acute relapse')).toBeNull();
    expect(systemReasonOf('system:no-such-reason')).toBeNull();
  });

  it('are said in Chinese and in English', () => {
    for (const name of Object.keys(SYSTEM_REASONS) as (keyof typeof SYSTEM_REASONS)[]) {
      expect(message('zh-CN', `welfare.systemReason.${name}`)).toMatch(/[\u4e00-\u9fff]/);
      expect(message('en', `welfare.systemReason.${name}`)).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(message('en', 'welfare.systemReason.deceased')).toBe(SYSTEM_REASONS.deceased[0]);
  });
});
