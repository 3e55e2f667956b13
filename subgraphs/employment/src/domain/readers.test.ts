import { describe, expect, it } from 'vitest';
import { defaultPurpose, type Role } from '#platform/identity/identity.js';
import { employmentProfileFor } from './readers.js';

const caller = (role: Role) => ({ subject: 's', role, regionCode: '440300', institutionId: null, purpose: defaultPurpose(role), tokenId: 't' });

describe('employmentProfileFor', () => {
  const handedOver = { referrals: [{ id: 'h1' }] };
  const notHandedOver = { referrals: [] };

  it.each([
    ['SOCIAL_WORKER', handedOver, handedOver],
    ['SOCIAL_WORKER', notHandedOver, null],
    ['PLATFORM_OFFICER', handedOver, handedOver],
    ['PLATFORM_OFFICER', notHandedOver, null],
    ['EMPLOYMENT_OFFICER', notHandedOver, notHandedOver],
    ['ANALYST', notHandedOver, null],
    ['HOSPITAL_CLINICIAN', handedOver, null],
    ['CIVIL_AFFAIRS_OFFICER', handedOver, null],
  ] as const)('%s, profile with %j → %j', (role, profile, shown) => {
    expect(employmentProfileFor(caller(role), profile)).toBe(shown);
  });

  it('shows no profile where the person has none', () => {
    expect(employmentProfileFor(caller('EMPLOYMENT_OFFICER'), null)).toBeNull();
  });
});
