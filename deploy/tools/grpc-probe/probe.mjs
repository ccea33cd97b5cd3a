#!/usr/bin/env node
// Plain gRPC client used by the local scripts: asks grpc.health.v1.Health/Check (empty service
// name = the whole server) and lists services via server reflection (v1, then v1alpha).
// Usage: probe.mjs <host:port> [--wait SECONDS] [--json]
// Exit: 0 when SERVING, 1 otherwise (NOT_SERVING, or the failed call's code such as UNAVAILABLE),
// 2 on bad arguments.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

const require = createRequire(import.meta.url);
const { GrpcReflection } = require('grpc-js-reflection-client');
const here = path.dirname(fileURLToPath(import.meta.url));
const CALL_TIMEOUT_MS = 5000;

function usage(message) {
  if (message) console.error(`probe: ${message}`);
  console.error('usage: probe.mjs <host:port> [--wait SECONDS] [--json]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { target: undefined, waitSeconds: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--wait') {
      opts.waitSeconds = Number(argv[++i]);
      if (!Number.isFinite(opts.waitSeconds) || opts.waitSeconds < 0) usage('--wait needs a number of seconds');
    } else if (arg === '-h' || arg === '--help') usage();
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (opts.target === undefined) opts.target = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (!opts.target) usage('missing <host:port>');
  return opts;
}

const healthProto = grpc.loadPackageDefinition(
  protoLoader.loadSync(path.join(here, 'health.proto'), { enums: String, defaults: true }),
);

const deadline = (ms) => new Date(Date.now() + ms);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One Health/Check call on a fresh client, so a failed connection attempt's backoff never delays
// the next try.
function checkHealth(target, timeoutMs) {
  const client = new healthProto.grpc.health.v1.Health(target, grpc.credentials.createInsecure());
  return new Promise((resolve) => {
    client.Check({ service: '' }, { deadline: deadline(timeoutMs) }, (err, response) => {
      client.close();
      // A failed call reports its gRPC code as the status (UNAVAILABLE when nothing answers).
      if (err) resolve({ status: grpc.status[err.code] ?? 'UNKNOWN', error: err.details || err.message });
      else resolve({ status: response.status });
    });
  });
}

// Retries until SERVING or the wait runs out; returns the last answer.
async function waitForServing(target, waitSeconds) {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const remaining = until - Date.now();
    const result = await checkHealth(target, Math.max(1000, Math.min(CALL_TIMEOUT_MS, remaining)));
    if (result.status === 'SERVING' || Date.now() + 1000 > until) return result;
    await sleep(1000);
  }
}

async function listServices(target) {
  const errors = [];
  for (const version of ['v1', 'v1alpha']) {
    const reflection = new GrpcReflection(target, grpc.credentials.createInsecure(), {}, version);
    try {
      const services = await reflection.listServices('*', new grpc.Metadata(), { deadline: deadline(CALL_TIMEOUT_MS) });
      return { reflection: version, services: services.sort() };
    } catch (err) {
      errors.push(`${version}: ${err.message}`);
    } finally {
      reflection.client?.close(); // the library keeps its client private; close it so node can exit
    }
  }
  return { reflection: null, services: [], reflectionError: errors.join('; ') };
}

const opts = parseArgs(process.argv.slice(2));
const health = await waitForServing(opts.target, opts.waitSeconds);
const unreachable = ['UNAVAILABLE', 'DEADLINE_EXCEEDED'].includes(health.status);
const listing = unreachable ? { reflection: null, services: [] } : await listServices(opts.target);
const result = { target: opts.target, ...health, ...listing };

if (opts.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`${result.target} ${result.status}${result.error ? ` (${result.error})` : ''}`);
  if (result.reflection) console.log(`  services (reflection ${result.reflection}): ${result.services.join(', ') || '(none)'}`);
  else if (result.reflectionError) console.log(`  reflection failed: ${result.reflectionError}`);
}
process.exitCode = result.status === 'SERVING' ? 0 : 1;
