import { describe, expect, it } from 'vitest';
import type { Caller } from '#platform/identity/identity.js';
import { actionTarget, requestSharedStatements } from '#platform/statistics/indicators.js';

const worker: Caller = { subject: 'worker-1', role: 'SOCIAL_WORKER', regionCode: '000000', institutionId: null, purpose: 'REFERRAL', tokenId: 't1' };

describe('a statement shared by the calls of one client request', () => {
  it('runs once for the region and the children calls of one request and caller, again for anyone else', async () => {
    const db = {};
    let runs = 0;
    const run = async () => ++runs;
    const first = requestSharedStatements(db, { requestId: 'r1', caller: worker });
    const second = requestSharedStatements(db, { requestId: 'r1', caller: worker });
    expect(await first(['registry', '44%'], run)).toBe(1);
    expect(await second(['registry', '44%'], run)).toBe(1);
    expect(await second(['registry', '45%'], run)).toBe(2);
    expect(await requestSharedStatements(db, { requestId: 'r2', caller: worker })(['registry', '44%'], run)).toBe(3);
    expect(
      await requestSharedStatements(db, { requestId: 'r1', caller: { ...worker, role: 'ANALYST', purpose: 'STATISTICS' } })(['registry', '44%'], run),
    ).toBe(4);
    expect(await requestSharedStatements(db, { requestId: 'r1', caller: { ...worker, tokenId: 't2' } })(['registry', '44%'], run)).toBe(5);
    expect(await requestSharedStatements({}, { requestId: 'r1', caller: worker })(['registry', '44%'], run)).toBe(6);
  });

  it('keeps no failure, and shares nothing without a request', async () => {
    const db = {};
    const shared = requestSharedStatements(db, { requestId: 'r1', caller: worker });
    await expect(shared(['x'], async () => Promise.reject(new Error('cancelled')))).rejects.toThrow('cancelled');
    expect(await shared(['x'], async () => 'ran again')).toBe('ran again');
    let runs = 0;
    const none = requestSharedStatements(db, undefined);
    await none(['y'], async () => ++runs);
    await none(['y'], async () => ++runs);
    expect(runs).toBe(2);
  });
});

describe("the action plan's targets", () => {
  it('asks 50 %, 65 % and 80 % coverage and 30 %, 45 % and 60 % standardized service for 2023 to 2025, and nothing in other years', () => {
    expect([2023, 2024, 2025].map((year) => actionTarget('coverageRate', year))).toEqual([0.5, 0.65, 0.8]);
    expect([2023, 2024, 2025].map((year) => actionTarget('standardizedServiceRate', year))).toEqual([0.3, 0.45, 0.6]);
    expect(actionTarget('coverageRate', 2022)).toBeNull();
    expect(actionTarget('standardizedServiceRate', 2026)).toBeNull();
  });
});
