#!/usr/bin/env node
// Scripted story against the running platform, as a plain outside gRPC client that loads the .proto
// files of contracts/protos: a draft agreement is not accepted by the other contexts; creating it is
// idempotent; once signed, AgreementActivated travels (outbox → RabbitMQ) to Complaints, Assurance and
// Disputes, which then accept it; refused calls come back with their gRPC status; a complaint is filed
// with its clocks, handled to its solution, and counted in the resolution rate; a survey below the floor
// opens a rectification; an interruption past its threshold is a major breach, which is disputed,
// arbitrated and awarded, and ends settled.
// Every call carries a bearer token of the role that would really make it (minted here with the development
// issuer's key, like deploy/local/tokens.sh does); each line names that role in brackets. A call by a role
// the policy does not allow is refused (PERMISSION_DENIED), a call without a token too (UNAUTHENTICATED).
// Usage: demo.mjs [Ctx=host:port ...]   (defaults: 127.0.0.1:5101..5104). Exit 1 if a check fails, 2 on bad
// arguments or settings. Issuer, audience and key: PLATFORM_AUTH_ISSUER, PLATFORM_AUTH_AUDIENCE,
// PLATFORM_DEV_SIGNING_KEY (deploy/local/demo.sh sets them from deploy/local/env.sh).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import { devIssuerFromEnv, mintToken, UsageError } from '../dev-tokens/mint.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const protoRoot = path.resolve(here, '../../../contracts/protos');
const CALL_TIMEOUT_MS = 5000;
const POLL_EVERY_MS = 200;
const POLL_FOR_MS = 30000;

const targets = { Agreements: '127.0.0.1:5101', Complaints: '127.0.0.1:5102', Assurance: '127.0.0.1:5103', Disputes: '127.0.0.1:5104' };
for (const arg of process.argv.slice(2)) {
  const [ctx, target] = arg.split('=');
  if (!(ctx in targets) || !target) { console.error(`demo: bad argument ${arg} (want Ctx=host:port)`); process.exit(2); }
  targets[ctx] = target;
}

// One short-lived token per acting role (sub demo-<role>); pii-reader is a complaint handler with pii:read.
let issuer;
try {
  issuer = devIssuerFromEnv();
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  console.error(`demo: ${err.message}`);
  process.exit(2);
}
const actors = {
  'agreement-manager': ['agreement-manager'],
  'internal-app': ['internal-app'],
  'complaint-handler': ['complaint-handler'],
  'assurance-manager': ['assurance-manager'],
  'dispute-officer': ['dispute-officer'],
  auditor: ['auditor'],
  'pii-reader': ['complaint-handler', ['pii:read']],
};
const tokens = Object.fromEntries(Object.entries(actors).map(([name, [role, scope = []]]) =>
  [name, mintToken({ ...issuer, subject: `demo-${name}`, roles: [role], scope, hours: 1 })]));

// google/protobuf/timestamp.proto is not in contracts/protos: protobufjs serves it from its bundled copy.
// A context's main service by default (platform/<ctx>/v1/<ctx>.proto, <Ctx>Service), or another of its files.
function load(ctx, file = ctx.toLowerCase(), service = `${ctx}Service`) {
  const definition = protoLoader.loadSync(path.join(protoRoot, `platform/${ctx.toLowerCase()}/v1/${file}.proto`), {
    includeDirs: [protoRoot], longs: String, enums: String, defaults: true,
  });
  const Service = grpc.loadPackageDefinition(definition).platform[ctx.toLowerCase()].v1[service];
  return new Service(targets[ctx], grpc.credentials.createInsecure());
}

const agreements = load('Agreements');
const downstream = ['Complaints', 'Assurance', 'Disputes'].map((ctx) => ({ ctx, client: load(ctx) }));
const complaints = downstream[0].client;
const disputes = downstream[2].client;
const interruptions = load('Assurance', 'interruptions', 'InterruptionsService');
const surveys = load('Assurance', 'surveys', 'SurveysService');

// A unary call by `actor` (a key of `actors`, or null for no token) with a deadline, as a promise; a failed
// call rejects with the grpc-js error.
const call = (actor, client, method, request) => new Promise((resolve, reject) => {
  const metadata = new grpc.Metadata();
  if (actor) metadata.set('authorization', `Bearer ${tokens[actor]}`);
  client[method](request, metadata, { deadline: new Date(Date.now() + CALL_TIMEOUT_MS) }, (err, response) => (err ? reject(err) : resolve(response)));
});
// The status name and message of a call expected to fail; 'OK' if it did not.
const failure = (promise) => promise.then(
  () => ({ code: 'OK', message: '' }),
  (err) => ({ code: grpc.status[err.code] ?? String(err.code), message: err.details || err.message }),
);
// GetAgreementEligibility answers a platform.common.v1.AgreementEligibility (known, eligible, number...).
const eligibility = async (client, agreementId) => {
  const { eligibility: e } = await call('auditor', client, 'GetAgreementEligibility', { agreementId });
  if (!e || e.agreementId !== agreementId) throw new Error(`GetAgreementEligibility answered for ${e?.agreementId ?? 'nothing'}, not ${agreementId}`);
  return e;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const timestamp = (date) => ({ seconds: String(Math.floor(date.getTime() / 1000)), nanos: (date.getTime() % 1000) * 1e6 });

const hours = (h) => ({ seconds: String(h * 3600), nanos: 0 });

let failures = 0;
function check(ok, line) {
  console.log(`${ok ? '✓' : '✗'} ${line}`);
  if (!ok) failures++;
}

function createRequest(requestId, customerName) {
  // In force from yesterday, so an interruption that began hours ago falls under it.
  const now = new Date(Date.now() - 24 * 3600_000);
  const inOneYear = new Date(now);
  inOneYear.setUTCFullYear(now.getUTCFullYear() + 1);
  return {
    requestId,
    promisor: { organizationId: 'org-acme', name: 'ACME Services Ltd' },
    customer: { customerId: 'cust-globex', kind: 'CUSTOMER_KIND_ENTERPRISE', name: customerName },
    effectiveFrom: timestamp(now),
    expiresAt: timestamp(inOneYear),
    scope: { description: 'Managed network services', serviceCodes: ['NET-01'] },
    terms: {
      // The document's blanks; hours in the document.
      firstResponseWithin: hours(2),
      solutionOrUpdateWithin: hours(24),
      majorResolutionWithin: hours(72),
      resolutionRateTarget: { value: '95' },
      majorResolutionRateTarget: { value: '98' },
      measurementPeriod: 'MEASUREMENT_PERIOD_MONTH',
      satisfactionFloor: { score: { value: '85' }, scaleMin: { value: '0' }, scaleMax: { value: '100' } },
      majorInterruptionThreshold: hours(4),
      rectificationPeriodMonths: 3,
      fundingMinPercentOfRevenue: { value: '2.5' },
      teamMinHeadcount: 20,
      coreMemberMinExperienceYears: { value: '5' },
      requiredCapabilities: ['intelligent customer-service system', 'service-data analytics platform'],
      negotiationMaxDays: 30,
      arbitrationCommission: 'Shanghai International Arbitration Center',
      litigationVenue: "Shanghai Pudong People's Court",
      serviceCalendar: {
        businessHours: {
          timeZone: 'Asia/Shanghai',
          weeklySchedule: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']
            .map((day) => ({ dayOfWeek: `DAY_OF_WEEK_${day}`, start: '09:00', end: '18:00' })),
          holidays: ['2026-10-01'],
        },
      },
    },
  };
}

async function story() {
  console.log(`demo: Agreements ${targets.Agreements}; ${downstream.map((d) => `${d.ctx} ${targets[d.ctx]}`).join(', ')}`);
  console.log(`demo: each step names in brackets the role whose token it carries (issuer ${issuer.issuer})`);

  // 1. A new draft: created, but no other context accepts work for it.
  const request = createRequest(randomUUID(), 'Globex Corporation');
  const { agreement: draft } = await call('agreement-manager', agreements, 'CreateAgreement', request);
  check(draft.status === 'AGREEMENT_STATUS_DRAFT',
    `1 [agreement-manager] CreateAgreement → ${draft.number} ${draft.status.replace('AGREEMENT_STATUS_', '')} v${draft.version} (id ${draft.id})`);
  const before = await Promise.all(downstream.map(({ client }) => eligibility(client, draft.id)));
  check(before.every((r) => !r.eligible),
    `1 [auditor] draft eligibility: ${downstream.map((d, i) => `${d.ctx} ${before[i].eligible ? 'ELIGIBLE' : 'not eligible'}${before[i].known ? '' : ' (unknown)'}`).join(', ')}`);

  // 2. The same request again (a client retry): nothing new is created.
  const { agreement: again } = await call('agreement-manager', agreements, 'CreateAgreement', request);
  check(again.id === draft.id && again.number === draft.number,
    `2 [agreement-manager] CreateAgreement retried (same request_id) → ${again.number}${again.id === draft.id ? ', same agreement (idempotent)' : `, a different agreement ${again.id}`}`);

  // 3. Sign it; an auditor may read agreements but not sign one, and a call without a token gets nowhere.
  const sign = { agreementId: draft.id, signedBy: 'Jane Doe, ACME', version: draft.version };
  const byAuditor = await failure(call('auditor', agreements, 'SignAgreement', sign));
  check(byAuditor.code === 'PERMISSION_DENIED', `3 [auditor] SignAgreement → refused as it should be, ${byAuditor.code}: ${byAuditor.message}`);
  const anonymous = await failure(call(null, agreements, 'SignAgreement', sign));
  check(anonymous.code === 'UNAUTHENTICATED', `3 [no token] SignAgreement → refused as it should be, ${anonymous.code}: ${anonymous.message}`);
  const { agreement: active } = await call('agreement-manager', agreements, 'SignAgreement', sign);
  const signedAt = Date.now();
  check(active.status === 'AGREEMENT_STATUS_ACTIVE',
    `3 [agreement-manager] SignAgreement v${draft.version} → ${active.status.replace('AGREEMENT_STATUS_', '')} v${active.version}, signed by ${active.signedBy}`);

  // 4. AgreementActivated goes through the Agreements outbox and RabbitMQ; each context learns it on its own.
  await Promise.all(downstream.map(async ({ ctx, client }) => {
    for (;;) { // asks at once, then every POLL_EVERY_MS
      const r = await eligibility(client, draft.id);
      const waited = Date.now() - signedAt;
      if (r.eligible) {
        check(r.agreementNumber === draft.number, `4 [auditor] ${ctx} eligible after ${waited} ms (number ${r.agreementNumber})`);
        return;
      }
      if (waited >= POLL_FOR_MS) {
        check(false, `4 [auditor] ${ctx} still not eligible after ${waited} ms (known: ${r.known})`);
        return;
      }
      await sleep(POLL_EVERY_MS);
    }
  }));

  // 5. Refused calls: signing an active agreement, and a request with an empty customer name.
  const resign = await failure(call('agreement-manager', agreements, 'SignAgreement', { ...sign, version: active.version }));
  check(resign.code === 'FAILED_PRECONDITION', `5 [agreement-manager] SignAgreement again → ${resign.code}: ${resign.message}`);
  const invalid = await failure(call('agreement-manager', agreements, 'CreateAgreement', createRequest(randomUUID(), '')));
  check(invalid.code === 'INVALID_ARGUMENT', `5 [agreement-manager] CreateAgreement with empty customer name → ${invalid.code}: ${invalid.message}`);

  await complaintStory(draft.id);
  await assuranceStory(draft.id);
}

const short = (ts) => (ts ? new Date(Number(ts.seconds) * 1000).toISOString().replace('.000Z', 'Z') : '-');
const clockLine = (c) => `${c.kind.replace('CLOCK_KIND_', '')} ${c.state.replace('CLOCK_STATE_', '')} due ${short(c.dueAt)}`;

// Complaints: intake (by the internal app that takes the call), clocks in the agreement's business hours
// (Asia/Shanghai, 09:00–18:00 on weekdays), the lifecycle (by a complaint handler), masked personal data
// (unmasked only with pii:read), and the resolution rate so far.
async function complaintStory(agreementId) {
  const filed = await call('internal-app', complaints, 'FileComplaint', {
    requestId: randomUUID(), agreementId, channel: 'COMPLAINT_CHANNEL_PHONE', subject: 'Network outage not explained',
    description: 'The customer lost service twice this week and got no explanation.', category: 'network',
    severity: 'COMPLAINT_SEVERITY_MAJOR', actor: 'demo-intake',
    contact: { name: 'Li Wei', phone: '13812345678', email: 'li.wei@example.com' },
  });
  let complaint = filed.complaint;
  check(complaint.status === 'COMPLAINT_STATUS_RECEIVED' && complaint.clocks.length === 3,
    `6 [internal-app] FileComplaint (major, by phone) → ${complaint.status.replace('COMPLAINT_STATUS_', '')}; clocks: ${complaint.clocks.map(clockLine).join('; ')}`);
  check(complaint.contact.masked && complaint.contact.phone === '138****5678',
    `6 [internal-app] contact shown masked: ${complaint.contact.name}, ${complaint.contact.phone}, ${complaint.contact.email}`);
  const reveal = { complaintId: complaint.id, revealContact: true };
  const unmaskRefused = await failure(call('complaint-handler', complaints, 'GetComplaint', reveal));
  check(unmaskRefused.code === 'PERMISSION_DENIED', `6 [complaint-handler] GetComplaint reveal_contact without pii:read → refused as it should be, ${unmaskRefused.code}: ${unmaskRefused.message}`);
  const { complaint: revealed } = await call('pii-reader', complaints, 'GetComplaint', reveal);
  check(!revealed.contact.masked && revealed.contact.phone === '13812345678',
    `6 [complaint-handler + pii:read] GetComplaint reveal_contact → unmasked: ${revealed.contact.phone}, ${revealed.contact.email}`);

  const handle = async (method, request) =>
    (complaint = (await call('complaint-handler', complaints, method, { complaintId: complaint.id, version: complaint.version, actor: 'agent-zhang', ...request })).complaint);
  await handle('AcknowledgeComplaint', { message: 'We are on it.' });
  await handle('PostProgressUpdate', { text: 'Root cause found: a failed line card.' });
  await handle('ResolveComplaint', { solution: 'Line card replaced; credit applied.' });
  check(complaint.status === 'COMPLAINT_STATUS_RESOLVED' && complaint.clocks.every((c) => c.state === 'CLOCK_STATE_MET'),
    `7 [complaint-handler] acknowledge → progress update → resolve → ${complaint.status.replace('COMPLAINT_STATUS_', '')} v${complaint.version}; clocks: ${complaint.clocks.map((c) => `${c.kind.replace('CLOCK_KIND_', '')} ${c.state.replace('CLOCK_STATE_', '')}`).join(', ')}`);
  const { entries } = await call('auditor', complaints, 'GetComplaintHistory', { complaintId: complaint.id });
  check(entries.length >= 4, `7 [auditor] history: ${entries.map((e) => `${e.action} by ${e.actor}`).join(' → ')}`);

  const stale = await failure(call('complaint-handler', complaints, 'ReopenComplaint', { complaintId: complaint.id, version: 1, actor: 'agent-zhang', reason: 'customer not satisfied' }));
  check(stale.code === 'ABORTED', `8 [complaint-handler] ReopenComplaint with a stale version → ${stale.code}: ${stale.message}`);
  const future = await failure(call('internal-app', complaints, 'FileComplaint', {
    requestId: randomUUID(), agreementId, channel: 'COMPLAINT_CHANNEL_WRITTEN', subject: 'Letter', severity: 'COMPLAINT_SEVERITY_NORMAL',
    actor: 'demo-intake', contact: { name: 'Li Wei', phone: '13812345678' }, receivedAt: timestamp(new Date(Date.now() + 3600_000)),
  }));
  check(future.code === 'INVALID_ARGUMENT', `8 [internal-app] FileComplaint received in the future → ${future.code}: ${future.message}`);

  const stats = await call('auditor', complaints, 'GetResolutionStats', { agreementId });
  check(stats.all.received === 1 && stats.all.resolved === 1,
    `9 [auditor] GetResolutionStats ${short(stats.periodStart)} – ${short(stats.periodEnd)}: ${stats.all.resolved} of ${stats.all.received} resolved (${stats.all.rate?.value ?? '-'}%, target ${stats.all.target?.value}%) → ${stats.all.status.replace('RESOLUTION_RATE_STATUS_', '')}`);
}

// Polls `probe` every POLL_EVERY_MS until it returns something truthy (or POLL_FOR_MS pass); returns it.
async function until(probe) {
  const started = Date.now();
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found || Date.now() - started >= POLL_FOR_MS) return found;
    await sleep(POLL_EVERY_MS);
  }
}
const shortName = (value, prefix) => value.replace(prefix, '');

// Assurance and Disputes: a survey below the floor opens a rectification; an interruption the promisor caused,
// still going on past the 4 h threshold, is a major breach (4.2.1); the customer disputes it, negotiation
// fails, the commission awards, and the breach ends settled in Agreements.
async function assuranceStory(agreementId) {
  const { evaluator } = await call('assurance-manager', surveys, 'RegisterEvaluator', {
    requestId: randomUUID(), promisorId: 'org-acme', name: 'Independent Survey Institute', accreditation: 'CNAS-2026-118',
    independenceDeclaration: 'No ownership or contract ties with ACME', independenceDeclaredAt: timestamp(new Date()), actor: 'assurance-manager',
  });
  const { survey } = await call('assurance-manager', surveys, 'RecordSurvey', {
    requestId: randomUUID(), promisorId: 'org-acme', scope: 'SURVEY_SCOPE_KIND_AGREEMENTS', agreementIds: [agreementId],
    year: new Date().getUTCFullYear() - 1, evaluatorId: evaluator.id, score: { value: '78' }, scaleMin: { value: '0' }, scaleMax: { value: '100' },
    reportReceivedAt: timestamp(new Date()), actor: 'assurance-manager',
  });
  const { rectification } = await call('assurance-manager', surveys, 'GetRectification', { rectificationId: survey.rectificationId });
  check(Boolean(survey.rectificationId),
    `10 [assurance-manager] RegisterEvaluator, RecordSurvey ${survey.year}: 78 of 100, below the floor of 85 → rectification ${shortName(rectification.status, 'RECTIFICATION_STATUS_')} until ${short(rectification.deadline)}`);

  const startedAt = new Date(Date.now() - 5 * 3600_000);
  const { interruption } = await call('internal-app', interruptions, 'ReportInterruptionStarted', {
    requestId: randomUUID(), promisorId: 'org-acme', startedAt: timestamp(startedAt), causedByPromisor: true, actor: 'noc',
    scope: { affectedServices: ['NET-01'], affectedAgreementIds: [agreementId] }, description: 'Core router failure',
  });
  check(interruption.ongoing, `11 [internal-app] ReportInterruptionStarted at ${short(interruption.startedAt)}, caused by the promisor, still going on`);

  const breach = await until(async () => (await call('agreement-manager', agreements, 'ListBreaches', { agreementId })).breaches.find((b) => b.clause === '4.2.1'));
  check(Boolean(breach), breach
    ? `12 [agreement-manager] Agreements: ${shortName(breach.severity, 'BREACH_SEVERITY_')} breach of ${breach.clause} — ${breach.description}`
    : '12 [agreement-manager] no 4.2.1 breach appeared in Agreements');
  if (!breach) return;

  // Disputes learns the breach from BreachDetermined; until then it refuses to link it.
  const open = {
    requestId: randomUUID(), agreementId, subject: 'Outage of 5 hours and more', breachIds: [breach.id], actor: 'officer-li',
    claimant: { name: 'Globex Corporation', role: 'PARTY_ROLE_CUSTOMER' }, respondent: { name: 'ACME Services Ltd', role: 'PARTY_ROLE_PROMISOR' },
    claims: [{ text: 'Service credit for the outage', amount: { currencyCode: 'CNY', amount: '20000' } }],
  };
  let dispute = (await until(() => call('dispute-officer', disputes, 'OpenDispute', open)))?.dispute;
  check(Boolean(dispute), dispute
    ? `13 [dispute-officer] OpenDispute on the breach → ${shortName(dispute.stage, 'DISPUTE_STAGE_')}, negotiation until ${short(dispute.negotiationDeadline)}`
    : '13 [dispute-officer] Disputes never accepted the breach');
  if (!dispute) return;
  const act = async (method, request) =>
    (dispute = (await call('dispute-officer', disputes, method, { disputeId: dispute.id, version: dispute.version, actor: 'officer-li', ...request })).dispute);
  await act('AssignOfficer', { officer: 'officer-li' });
  const early = await failure(call('dispute-officer', disputes, 'AdvanceToArbitration', { disputeId: dispute.id, version: dispute.version, actor: 'officer-li' }));
  check(early.code === 'FAILED_PRECONDITION', `14 [dispute-officer] AdvanceToArbitration during negotiation → ${early.code}: ${early.message}`);
  await act('AddSubmission', { kind: 'SUBMISSION_KIND_LETTER', author: 'Globex legal', documentReference: 'GLX-2026-117' });
  await act('DeclareNegotiationFailed', { reason: 'No agreement on the amount' });
  await act('AdvanceToArbitration', { caseNumber: 'SHIAC-2026-0042' });
  await act('RecordAward', { awardDate: new Date().toISOString().slice(0, 10), summary: 'Service credit of CNY 15,000' });
  check(dispute.status === 'DISPUTE_STATUS_AWARDED',
    `14 [dispute-officer] assign → letter → negotiation failed → arbitration at ${dispute.arbitration.commission} → award: ${shortName(dispute.status, 'DISPUTE_STATUS_')} v${dispute.version}`);
  const settled = await until(async () => (await call('auditor', agreements, 'GetBreach', { breachId: breach.id })).breach.status === 'BREACH_STATUS_SETTLED');
  check(Boolean(settled), `15 [auditor] Agreements: breach ${breach.clause} is ${settled ? 'SETTLED' : 'not settled'} after the award`);
}

try {
  await story();
} catch (err) {
  check(false, `unexpected failure: ${grpc.status[err.code] ?? ''} ${err.details || err.message}`.replace(/\s+/, ' '));
} finally {
  agreements.close();
  for (const { client } of downstream) client.close();
  interruptions.close();
  surveys.close();
}
console.log(failures ? `demo: FAILED (${failures} check(s) failed)` : 'demo: all checks passed');
process.exitCode = failures ? 1 : 0;
