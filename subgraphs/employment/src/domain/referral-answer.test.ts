// An officer's answer to a referral: once, the same again is a no-op, the other is refused.
import { describe, expect, it } from 'vitest';
import { answerEffect, presentReason } from './referral-answer.js';

describe('answerEffect', () => {
  it('records the first answer to a received referral, either way', () => {
    expect(answerEffect('RECEIVED', 'ACKNOWLEDGED')).toBe('RECORD');
    expect(answerEffect('RECEIVED', 'DECLINED')).toBe('RECORD');
  });
  it('changes nothing when the same answer comes again', () => {
    expect(answerEffect('ACKNOWLEDGED', 'ACKNOWLEDGED')).toBe('UNCHANGED');
    expect(answerEffect('DECLINED', 'DECLINED')).toBe('UNCHANGED');
  });
  it('refuses to turn one answer into the other', () => {
    expect(answerEffect('ACKNOWLEDGED', 'DECLINED')).toBe('ILLEGAL');
    expect(answerEffect('DECLINED', 'ACKNOWLEDGED')).toBe('ILLEGAL');
  });
});

describe('presentReason', () => {
  it('trims a reason and treats a blank one as missing', () => {
    expect(presentReason('  moved away ')).toBe('moved away');
    expect(presentReason('   ')).toBeNull();
    expect(presentReason(null)).toBeNull();
    expect(presentReason(undefined)).toBeNull();
  });
});
