// Unit tests of the county's first-come-first-served waiting list.
import { describe, expect, it } from 'vitest';
import { dispatchableNow, isNextInLine, mayWaitlist, relocatedStatus } from './waiting-queue.js';

describe('the waiting queue', () => {
  it('wait-lists only when the county has no free place', () => {
    expect(mayWaitlist(0)).toBe(true);
    expect(mayWaitlist(1)).toBe(false);
    expect(mayWaitlist(50)).toBe(false);
  });

  it('lets the head of the queue go without a reason, and asks one of anyone behind it', () => {
    expect(isNextInLine(1)).toBe(true);
    expect(isNextInLine(null)).toBe(true);
    expect(isNextInLine(2)).toBe(false);
  });

  it('re-queues a moved case as REGISTERED where the new county has room, else WAITLISTED', () => {
    expect(relocatedStatus(3)).toBe('REGISTERED');
    expect(relocatedStatus(0)).toBe('WAITLISTED');
  });

  it('offers as many of the queue as there are free places', () => {
    expect(dispatchableNow(2, 5)).toBe(2);
    expect(dispatchableNow(5, 2)).toBe(2);
    expect(dispatchableNow(0, 5)).toBe(0);
  });
});
