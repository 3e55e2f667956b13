// `npm run token -- --role ROLE --region CODE [--institution ID] [--purpose PURPOSE] [--ttl 8h]`: a dev token, printed as the last line.
import { parseArgs } from 'node:util';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { claimsSchema, PURPOSES, ROLES } from '#platform/identity/identity.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { main, readConfig, StartupError } from '#platform/config/config.js';
import { dataDir } from '#platform/server/paths.js';

main(async () => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      institution: { type: 'string' },
      purpose: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const auth = readConfig(authVariables);
  if (auth.jwks) throw new StartupError(['AUTH_JWKS is set: npm run token signs with the dev issuer key only, which that issuer would not accept']);
  const problems: string[] = [];
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) problems.push(`--role must be one of ${ROLES.join(', ')}`);
  if (values.purpose && !(PURPOSES as readonly string[]).includes(values.purpose)) problems.push(`--purpose must be one of ${PURPOSES.join(', ')}`);
  if (!values.region) problems.push('--region is required: a GB/T 2260 division code, or 000000 for the whole country');
  if (problems.length === 0) {
    const check = claimsSchema.safeParse({ sub: 'x', role: values.role, region: values.region, inst: values.institution, purpose: values.purpose });
    if (!check.success) problems.push(...check.error.issues.map((i) => `--${i.path[0] === 'inst' ? 'institution' : String(i.path[0])}: ${i.message}`));
    if (values.role === 'INSTITUTION_STAFF' && !values.institution) problems.push('--institution is required for INSTITUTION_STAFF');
  }
  if (problems.length > 0) throw new StartupError(problems);
  const privateJwk = await ensureDevKeys(dataDir());
  const token = await signDevToken(privateJwk, {
    role: values.role as (typeof ROLES)[number],
    region: values.region!,
    ...(values.institution ? { institution: values.institution } : {}),
    ...(values.purpose ? { purpose: values.purpose as (typeof PURPOSES)[number] } : {}),
    ttl: values.ttl,
    issuer: auth.issuer,
    audience: auth.audience,
  });
  process.stdout.write(`${token}\n`);
});
