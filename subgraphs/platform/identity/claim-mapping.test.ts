import { describe, expect, it } from 'vitest';
import { type ClaimMapping, mappedClaims, OWN_CLAIMS, parseRoleValues } from '#platform/identity/claim-mapping.js';
import { callerFromClaims } from '#platform/identity/identity.js';

const KEYCLOAK: ClaimMapping = {
  role: 'realm_access.roles',
  roleValues: parseRoleValues('offline_access=, smd-analyst=ANALYST, smd-officer=REGISTRY_OFFICER'),
  region: 'attributes.division',
  institution: 'attributes.institution',
  purpose: 'purpose_of_use',
};

describe("a real identity provider's claims", () => {
  it('map to our role, region and institution by configuration, the purpose from a requested scope', () => {
    const payload = {
      sub: 'f3a1',
      jti: 'j1',
      realm_access: { roles: ['offline_access', 'smd-officer'] },
      attributes: { division: ['440300'] },
      scope: 'openid profile purpose:STATISTICS',
    };
    const claims = mappedClaims(payload, KEYCLOAK);
    expect(claims).toEqual({ sub: 'f3a1', jti: 'j1', role: 'REGISTRY_OFFICER', region: '440300', purpose: 'STATISTICS' });
    expect(callerFromClaims(claims)).toMatchObject({ ok: true, caller: { role: 'REGISTRY_OFFICER', regionCode: '440300', purpose: 'STATISTICS' } });
  });

  it('are refused when nothing maps to a role, or the purpose does not fit it', () => {
    expect(
      callerFromClaims(mappedClaims({ sub: 'x', realm_access: { roles: ['offline_access'] }, attributes: { division: '440300' } }, KEYCLOAK)),
    ).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(
      callerFromClaims(
        mappedClaims({ sub: 'x', realm_access: { roles: ['smd-analyst'] }, attributes: { division: '000000' }, purpose_of_use: 'TREATMENT' }, KEYCLOAK),
      ),
    ).toMatchObject({ ok: false, status: 403 });
  });

  it('leave our own tokens as they are', () => {
    const own = { sub: 'dev-analyst', role: 'ANALYST', region: '000000', purpose: 'STATISTICS', jti: 'j', iat: 1 };
    expect(mappedClaims({ ...own, aud: 'patient-journey', exp: 2 }, OWN_CLAIMS)).toEqual(own);
  });
});
