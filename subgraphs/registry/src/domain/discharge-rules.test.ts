import { describe, expect, it } from 'vitest';
import { dischargeInfoDueOn, isDischargeInfoOverdue } from './discharge-rules.js';

describe('dischargeInfoDueOn', () => {
  it('falls 10 working days after an ordinary discharge', () => {
    expect(dischargeInfoDueOn('2025-03-07')).toBe('2025-03-21');
  });
  it('skips a public holiday and counts its make-up working days', () => {
    // 2024 National Day: Oct 1-7 off, Sep 29 (Sun) and Oct 12 (Sat) worked.
    expect(dischargeInfoDueOn('2024-09-27')).toBe('2024-10-16');
  });
  it('refuses an invalid discharge date', () => {
    expect(() => dischargeInfoDueOn('2025-02-30')).toThrow(RangeError);
  });
});

describe('isDischargeInfoOverdue', () => {
  const dischargedOn = '2025-03-07'; // due 2025-03-21
  it('is not overdue while missing up to the due date', () => {
    expect(isDischargeInfoOverdue(dischargedOn, null, '2025-03-21')).toBe(false);
  });
  it('is overdue while missing after the due date', () => {
    expect(isDischargeInfoOverdue(dischargedOn, null, '2025-03-22')).toBe(true);
  });
  it('is on time when submitted on the due date, whatever the day now', () => {
    expect(isDischargeInfoOverdue(dischargedOn, '2025-03-21', '2025-06-01')).toBe(false);
  });
  it('stays overdue when submitted after the due date', () => {
    expect(isDischargeInfoOverdue(dischargedOn, '2025-03-24', '2025-06-01')).toBe(true);
  });
  it('refuses an invalid date', () => {
    expect(() => isDischargeInfoOverdue(dischargedOn, '2025-3-24', '2025-06-01')).toThrow(RangeError);
    expect(() => isDischargeInfoOverdue(dischargedOn, null, 'today')).toThrow(RangeError);
  });
});
