#!/usr/bin/env node
// Mints bearer tokens of the DEVELOPMENT issuer (HS256 JWTs signed with the shared development key of
// deploy/local/env.sh), with nothing but node:crypto. For local runs only: anyone holding that key can
// mint any role. deploy/local/tokens.sh is the front end; demo.mjs imports mintToken.
//
// Usage (issuer, audience and key come from PLATFORM_AUTH_ISSUER, PLATFORM_AUTH_AUDIENCE and
// PLATFORM_DEV_SIGNING_KEY; the key never goes on a command line):
//   mint.mjs token --sub S --role R [--role R ...] [--scope P ...] [--hours N]   one token on stdout
//   mint.mjs dev-set --out DIR [--hours N]     DIR/<role>.jwt per role, DIR/pii-reader.jwt; paths on stdout
// Exit: 0 done, 2 bad usage or settings.
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The roles the services know (contracts/Platform.Contracts/Security/PlatformRoles.cs). */
export const ROLES = ['internal-app', 'complaint-handler', 'dispute-officer', 'assurance-manager', 'agreement-manager', 'auditor', 'sre'];
/** Permissions a token may carry in `scope` (PlatformRoles.PiiRead). */
export const PERMISSIONS = ['pii:read'];
export const DEFAULT_HOURS = 12;
const MAX_HOURS = 7 * 24; // development tokens should still run out

export class UsageError extends Error {}

/** Issuer, audience and key from the environment (deploy/local/env.sh's names); throws UsageError when unusable. */
export function devIssuerFromEnv(env = process.env) {
  const issuer = env.PLATFORM_AUTH_ISSUER;
  const audience = env.PLATFORM_AUTH_AUDIENCE;
  const encodedKey = env.PLATFORM_DEV_SIGNING_KEY;
  if (!issuer || !audience || !encodedKey) {
    throw new UsageError('PLATFORM_AUTH_ISSUER, PLATFORM_AUTH_AUDIENCE and PLATFORM_DEV_SIGNING_KEY must be set (deploy/local/env.sh)');
  }
  // Strict base64, as the services read it: a typo must not silently become another key.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encodedKey) || encodedKey.length % 4 !== 0) {
    throw new UsageError('PLATFORM_DEV_SIGNING_KEY is not base64');
  }
  const key = Buffer.from(encodedKey, 'base64');
  if (key.length < 32) throw new UsageError(`PLATFORM_DEV_SIGNING_KEY has ${key.length} bytes; HS256 needs at least 32`);
  return { issuer, audience, key };
}

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * A signed token: iss, aud, sub, roles (JSON array), scope (space-separated, only when given), iat, nbf, exp, jti.
 * `key` is the raw key (a Buffer), as devIssuerFromEnv returns it.
 */
export function mintToken({ issuer, audience, key, subject, roles, scope = [], hours = DEFAULT_HOURS, now = Date.now() }) {
  if (!subject) throw new UsageError('a token needs a subject (--sub)');
  if (!roles?.length) throw new UsageError('a token needs at least one --role');
  for (const role of roles) {
    if (!ROLES.includes(role)) throw new UsageError(`unknown role ${role} (roles: ${ROLES.join(', ')})`);
  }
  for (const permission of scope) {
    if (!PERMISSIONS.includes(permission)) throw new UsageError(`unknown permission ${permission} (permissions: ${PERMISSIONS.join(', ')})`);
  }
  if (!(hours > 0 && hours <= MAX_HOURS)) throw new UsageError(`--hours must be more than 0 and at most ${MAX_HOURS}`);

  const issuedAt = Math.floor(now / 1000);
  const payload = {
    iss: issuer,
    aud: audience,
    sub: subject,
    roles: [...new Set(roles)],
    ...(scope.length ? { scope: [...new Set(scope)].join(' ') } : {}),
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + Math.round(hours * 3600),
    jti: randomUUID(),
  };
  const signingInput = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  const signature = createHmac('sha256', key).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** The set tokens.sh writes: one token per role (sub dev-<role>), and pii-reader (complaint-handler + pii:read). */
export function devSet(issuer, hours = DEFAULT_HOURS, now = Date.now()) {
  const set = ROLES.map((role) => ({ name: role, subject: `dev-${role}`, roles: [role], scope: [] }));
  set.push({ name: 'pii-reader', subject: 'dev-pii-reader', roles: ['complaint-handler'], scope: ['pii:read'] });
  return set.map((t) => ({ ...t, token: mintToken({ ...issuer, ...t, hours, now }) }));
}

function parseArgs(argv) {
  const opts = { roles: [], scope: [], hours: DEFAULT_HOURS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--sub') opts.subject = value();
    else if (arg === '--role') opts.roles.push(value());
    else if (arg === '--scope') opts.scope.push(...value().split(' ').filter(Boolean));
    else if (arg === '--hours') opts.hours = Number(value());
    else if (arg === '--out') opts.out = value();
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return opts;
}

function main([command, ...rest]) {
  const opts = parseArgs(rest);
  const issuer = devIssuerFromEnv();
  if (command === 'token') {
    console.log(mintToken({ ...issuer, ...opts }));
  } else if (command === 'dev-set') {
    if (!opts.out) throw new UsageError('dev-set needs --out DIR');
    fs.mkdirSync(opts.out, { recursive: true, mode: 0o700 });
    for (const { name, token } of devSet(issuer, opts.hours)) {
      const file = path.join(opts.out, `${name}.jwt`);
      fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
      fs.chmodSync(file, 0o600); // an older file keeps its mode on write
      console.log(file);
    }
  } else {
    throw new UsageError(command ? `unknown command ${command}` : 'missing command');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`mint: ${err.message}`);
    console.error('usage: mint.mjs token --sub S --role R [--role R ...] [--scope pii:read] [--hours N]');
    console.error('       mint.mjs dev-set --out DIR [--hours N]');
    process.exit(2);
  }
}
