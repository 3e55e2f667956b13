// Who may call the graph: roles, purposes of use, and the caller built from a verified token (DOMAIN.md §6).
import { z } from 'zod';
import { isDivisionCode } from '#platform/statistics/division.js';
import { t } from '#platform/i18n/request-language.js';

export const ROLES = [
  'HOSPITAL_CLINICIAN',
  'REGISTRY_OFFICER',
  'SOCIAL_WORKER',
  'PLATFORM_OFFICER',
  'INSTITUTION_STAFF',
  'CIVIL_AFFAIRS_OFFICER',
  'EMPLOYMENT_OFFICER',
  // A partner agency's: the political-legal committees' guardianship incentive (guardianship subgraph).
  'GUARDIANSHIP_OFFICER',
  'ANALYST',
  'SERVICE',
  'DATA_PROTECTION_OFFICER',
] as const;
export type Role = (typeof ROLES)[number];

export const PURPOSES = ['TREATMENT', 'REFERRAL', 'SERVICE', 'EMPLOYMENT', 'STATISTICS', 'AUDIT'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The purposes each role may act under; a token whose purpose is not listed is refused. */
export const ROLE_PURPOSES: Record<Role, readonly Purpose[]> = {
  HOSPITAL_CLINICIAN: ['TREATMENT', 'REFERRAL'],
  REGISTRY_OFFICER: ['TREATMENT', 'REFERRAL', 'STATISTICS'],
  SOCIAL_WORKER: ['REFERRAL', 'SERVICE'],
  PLATFORM_OFFICER: ['REFERRAL', 'SERVICE', 'STATISTICS'],
  INSTITUTION_STAFF: ['SERVICE', 'REFERRAL'],
  CIVIL_AFFAIRS_OFFICER: ['SERVICE', 'STATISTICS'],
  EMPLOYMENT_OFFICER: ['EMPLOYMENT'],
  GUARDIANSHIP_OFFICER: ['SERVICE', 'STATISTICS'],
  ANALYST: ['STATISTICS'],
  SERVICE: ['STATISTICS', 'SERVICE', 'REFERRAL', 'EMPLOYMENT'],
  DATA_PROTECTION_OFFICER: ['AUDIT'],
};

/** The purpose a token gets when it names none: the first its role allows. */
export const defaultPurpose = (role: Role): Purpose => ROLE_PURPOSES[role][0]!;

/** Region code of the whole country. */
export const NATIONWIDE = '000000';

/** The claims our tokens carry besides the registered ones (iss, aud, exp, sub, jti). */
export const claimsSchema = z.object({
  sub: z.string().min(1).max(128),
  role: z.enum(ROLES),
  region: z.string().refine((code) => code === NATIONWIDE || isDivisionCode(code), 'region must be 000000 or a GB/T 2260 division'),
  inst: z.string().min(1).max(64).optional(),
  purpose: z.enum(PURPOSES).optional(),
  jti: z.string().max(128).optional(),
  iat: z.number().optional(),
});
export type Claims = z.infer<typeof claimsSchema>;

export interface Caller {
  subject: string;
  role: Role;
  /** Region scope, a 6-digit division code; 000000 is the whole country. */
  regionCode: string;
  /** INSTITUTION_STAFF only: the institution whose cases they see. */
  institutionId: string | null;
  purpose: Purpose;
  /** Identifies the token (jti, else subject and issue time): analysts' pseudonyms are stable within it. */
  tokenId: string;
}

export type CallerResult = { ok: true; caller: Caller } | { ok: false; reason: string; status: 401 | 403 };

/** Turns verified claims into a caller, refusing a purpose the role may not use. */
export function callerFromClaims(payload: unknown): CallerResult {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success)
    return { ok: false, status: 401, reason: t('auth.claimsInvalid', { claims: parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ') }) };
  const claims = parsed.data;
  if (claims.role === 'INSTITUTION_STAFF' && !claims.inst) return { ok: false, status: 401, reason: t('auth.institutionMissing') };
  const purpose = claims.purpose ?? defaultPurpose(claims.role);
  if (!ROLE_PURPOSES[claims.role].includes(purpose)) {
    return { ok: false, status: 403, reason: t('auth.purposeRefused', { purpose, role: claims.role }) };
  }
  return {
    ok: true,
    caller: {
      subject: claims.sub,
      role: claims.role,
      regionCode: claims.region,
      institutionId: claims.inst ?? null,
      purpose,
      tokenId: claims.jti ?? `${claims.sub}@${claims.iat ?? 0}`,
    },
  };
}
