// `npm run token -- --role ROLE --region CODE [--institution ID] [--purpose PURPOSE] [--ttl 8h]`: a dev token, printed as the last line.
import { type CommandDeclaration, readCommandLine, refuseCommandLine } from '#platform/config/command-line.js';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { claimsSchema, PURPOSES, ROLES } from '#platform/identity/identity.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { main, operatorText, readConfig, StartupError } from '#platform/config/config.js';
import { dataDir } from '#platform/server/paths.js';

const TOKEN_COMMAND = {
  name: 'token',
  command: 'npm run token',
  summary: 'cli.token.summary',
  options: {
    role: { type: 'string', placeholder: 'ROLE', required: true, description: { key: 'cli.token.role', params: { roles: ROLES.join(', ') } } },
    region: { type: 'string', placeholder: 'CODE', required: true, description: 'cli.token.region' },
    institution: { type: 'string', placeholder: 'ID', description: 'cli.token.institution' },
    purpose: { type: 'string', placeholder: 'PURPOSE', description: { key: 'cli.token.purpose', params: { purposes: PURPOSES.join(', ') } } },
    ttl: { type: 'string', placeholder: 'DURATION', default: '8h', description: 'cli.token.ttl' },
  },
  environment: [authVariables.issuer, authVariables.audience, authVariables.jwks],
  examples: ['npm run token -- --role SOCIAL_WORKER --region 440300', 'npm run token -- --role INSTITUTION_STAFF --region 440000 --institution <id> --ttl 1h'],
} as const satisfies CommandDeclaration;

main(async () => {
  const { values } = readCommandLine(TOKEN_COMMAND);
  const auth = readConfig(authVariables);
  if (auth.jwks) throw new StartupError([operatorText('token.jwksSet')]);
  const problems: string[] = [];
  if (!(ROLES as readonly string[]).includes(values.role)) problems.push(operatorText('token.badRole', { roles: ROLES.join(', ') }));
  if (values.purpose && !(PURPOSES as readonly string[]).includes(values.purpose))
    problems.push(operatorText('token.badPurpose', { purposes: PURPOSES.join(', ') }));
  if (problems.length === 0) {
    const check = claimsSchema.safeParse({ sub: 'x', role: values.role, region: values.region, inst: values.institution, purpose: values.purpose });
    if (!check.success) problems.push(...check.error.issues.map((i) => `--${i.path[0] === 'inst' ? 'institution' : String(i.path[0])}: ${i.message}`));
    if (values.role === 'INSTITUTION_STAFF' && !values.institution) problems.push(operatorText('token.institutionRequired'));
  }
  if (problems.length > 0) refuseCommandLine(TOKEN_COMMAND, problems);
  const privateJwk = await ensureDevKeys(dataDir());
  const token = await signDevToken(privateJwk, {
    role: values.role as (typeof ROLES)[number],
    region: values.region,
    ...(values.institution ? { institution: values.institution } : {}),
    ...(values.purpose ? { purpose: values.purpose as (typeof PURPOSES)[number] } : {}),
    ttl: values.ttl,
    issuer: auth.issuer,
    audience: auth.audience,
  });
  process.stdout.write(`${token}\n`);
});
