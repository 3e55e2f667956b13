import { describe, expect, it } from 'vitest';
import { derivePid } from '#platform/identity/pid.js';
import { depseudonymize, pseudonymize, toMonth } from '#platform/access/analyst-view.js';
import type { Caller } from '#platform/identity/identity.js';

const key = Buffer.alloc(32, 3);
const pid = derivePid('11010519491231002X', key);
const analyst = (tokenId: string): Caller => ({ subject: 'a', role: 'ANALYST', regionCode: '000000', institutionId: null, purpose: 'STATISTICS', tokenId });

describe('analyst pseudonyms', () => {
  it('are stable within a token and turn back into the pid', () => {
    const one = pseudonymize(pid, key, analyst('t1'));
    expect(pseudonymize(pid, key, analyst('t1'))).toBe(one);
    expect(one).not.toContain(pid);
    expect(depseudonymize(one, key, analyst('t1'))).toBe(pid);
  });
  it('differ between tokens, and a pseudonym of one token means nobody under another', () => {
    const one = pseudonymize(pid, key, analyst('t1'));
    expect(pseudonymize(pid, key, analyst('t2'))).not.toBe(one);
    expect(depseudonymize(one, key, analyst('t2'))).toBeNull();
  });
  it('refuse real pids and forgeries', () => {
    expect(depseudonymize(pid, key, analyst('t1'))).toBeNull();
    expect(depseudonymize(`anon${'a'.repeat(52)}`, key, analyst('t1'))).toBeNull();
  });
});

describe('toMonth', () => {
  it('keeps only the month of dates and timestamps', () => {
    expect(toMonth('1987-06-15')).toBe('1987-06-01');
    expect((toMonth(new Date('2024-03-20T10:00:00Z')) as Date).toISOString()).toBe('2024-02-29T16:00:00.000Z');
  });
});
