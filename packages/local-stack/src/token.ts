// `npm run token -- --role agent [--role hr] [--sub name] [--department d] [--agency a] [--ttl 8h]`
// prints a development token signed with the local issuer key in .hub/keys.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { ensureDevKeys, signDevToken } from './dev-keys';
import { DEV_TOKEN_ROLES } from './dev-roles';
import { repoRoot } from './test-run';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      sub: { type: 'string' },
      department: { type: 'string' },
      agency: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !(DEV_TOKEN_ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    console.error(
      `--role must be one or more of: ${DEV_TOKEN_ROLES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
    );
    process.exit(2);
  }
  const keys = await ensureDevKeys(join(repoRoot, '.hub'));
  const token = await signDevToken(keys, {
    subject: values.sub ?? `dev-${roles[0]}`,
    roles,
    department: values.department,
    agency: values.agency,
    expiresIn: values.ttl,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
