#!/usr/bin/env node
// Scripted story against the running platform, as a plain outside gRPC client that loads the .proto
// files of contracts/protos: a draft agreement is not accepted by the other contexts; creating it is
// idempotent; once signed, AgreementActivated travels (outbox → RabbitMQ) to Complaints, Assurance and
// Disputes, which then accept it; refused calls come back with their gRPC status; a complaint is filed
// with its clocks, handled to its solution, and counted in the resolution rate; a survey below the floor
// opens a rectification; an interruption past its threshold is a major breach, which is disputed,
// arbitrated and awarded, and ends settled.
// Usage: demo.mjs [Ctx=host:port ...]   (defaults: 127.0.0.1:5101..5104). Exit 1 if a check fails.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

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

// A unary call with a deadline, as a promise; a failed call rejects with the grpc-js error.
const call = (client, method, request) => new Promise((resolve, reject) => {
  client[method](request, { deadline: new Date(Date.now() + CALL_TIMEOUT_MS) }, (err, response) => (err ? reject(err) : resolve(response)));
});
// The status name and message of a call expected to fail; 'OK' if it did not.
const failure = (promise) => promise.then(
  () => ({ code: 'OK', message: '' }),
  (err) => ({ code: grpc.status[err.code] ?? String(err.code), message: err.details || err.message }),
);
// GetAgreementEligibility answers a platform.common.v1.AgreementEligibility (known, eligible, number...).
const eligibility = async (client, agreementId) => {
  const { eligibility: e } = await call(client, 'GetAgreementEligibility', { agreementId });
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

  // 1. A new draft: created, but no other context accepts work for it.
  const request = createRequest(randomUUID(), 'Globex Corporation');
  const { agreement: draft } = await call(agreements, 'CreateAgreement', request);
  check(draft.status === 'AGREEMENT_STATUS_DRAFT',
    `1 CreateAgreement → ${draft.number} ${draft.status.replace('AGREEMENT_STATUS_', '')} v${draft.version} (id ${draft.id})`);
  const before = await Promise.all(downstream.map(({ client }) => eligibility(client, draft.id)));
  check(before.every((r) => !r.eligible),
    `1 draft eligibility: ${downstream.map((d, i) => `${d.ctx} ${before[i].eligible ? 'ELIGIBLE' : 'not eligible'}${before[i].known ? '' : ' (unknown)'}`).join(', ')}`);

  // 2. The same request again (a client retry): nothing new is created.
  const { agreement: again } = await call(agreements, 'CreateAgreement', request);
  check(again.id === draft.id && again.number === draft.number,
    `2 CreateAgreement retried (same request_id) → ${again.number}${again.id === draft.id ? ', same agreement (idempotent)' : `, a different agreement ${again.id}`}`);

  // 3. Sign it.
  const { agreement: active } = await call(agreements, 'SignAgreement', { agreementId: draft.id, signedBy: 'Jane Doe, ACME', version: draft.version });
  const signedAt = Date.now();
  check(active.status === 'AGREEMENT_STATUS_ACTIVE',
    `3 SignAgreement v${draft.version} → ${active.status.replace('AGREEMENT_STATUS_', '')} v${active.version}, signed by ${active.signedBy}`);

  // 4. AgreementActivated goes through the Agreements outbox and RabbitMQ; each context learns it on its own.
  await Promise.all(downstream.map(async ({ ctx, client }) => {
    for (;;) { // asks at once, then every POLL_EVERY_MS
      const r = await eligibility(client, draft.id);
      const waited = Date.now() - signedAt;
      if (r.eligible) {
        check(r.agreementNumber === draft.number, `4 ${ctx} eligible after ${waited} ms (number ${r.agreementNumber})`);
        return;
      }
      if (waited >= POLL_FOR_MS) {
        check(false, `4 ${ctx} still not eligible after ${waited} ms (known: ${r.known})`);
        return;
      }
      await sleep(POLL_EVERY_MS);
    }
  }));

  // 5. Refused calls: signing an active agreement, and a request with an empty customer name.
  const resign = await failure(call(agreements, 'SignAgreement', { agreementId: draft.id, signedBy: 'Jane Doe, ACME', version: active.version }));
  check(resign.code === 'FAILED_PRECONDITION', `5 SignAgreement again → ${resign.code}: ${resign.message}`);
  const invalid = await failure(call(agreements, 'CreateAgreement', createRequest(randomUUID(), '')));
  check(invalid.code === 'INVALID_ARGUMENT', `5 CreateAgreement with empty customer name → ${invalid.code}: ${invalid.message}`);

  await complaintStory(draft.id);
  await assuranceStory(draft.id);
}

const short = (ts) => (ts ? new Date(Number(ts.seconds) * 1000).toISOString().replace('.000Z', 'Z') : '-');
const clockLine = (c) => `${c.kind.replace('CLOCK_KIND_', '')} ${c.state.replace('CLOCK_STATE_', '')} due ${short(c.dueAt)}`;

// Complaints: intake, clocks in the agreement's business hours (Asia/Shanghai, 09:00–18:00 on weekdays),
// the lifecycle, masked personal data, and the resolution rate so far.
async function complaintStory(agreementId) {
  const filed = await call(complaints, 'FileComplaint', {
    requestId: randomUUID(), agreementId, channel: 'COMPLAINT_CHANNEL_PHONE', subject: 'Network outage not explained',
    description: 'The customer lost service twice this week and got no explanation.', category: 'network',
    severity: 'COMPLAINT_SEVERITY_MAJOR', actor: 'demo-intake',
    contact: { name: 'Li Wei', phone: '13812345678', email: 'li.wei@example.com' },
  });
  let complaint = filed.complaint;
  check(complaint.status === 'COMPLAINT_STATUS_RECEIVED' && complaint.clocks.length === 3,
    `6 FileComplaint (major, by phone) → ${complaint.status.replace('COMPLAINT_STATUS_', '')}; clocks: ${complaint.clocks.map(clockLine).join('; ')}`);
  check(complaint.contact.masked && complaint.contact.phone === '138****5678',
    `6 contact shown masked: ${complaint.contact.name}, ${complaint.contact.phone}, ${complaint.contact.email}`);

  complaint = (await call(complaints, 'AcknowledgeComplaint', { complaintId: complaint.id, version: complaint.version, actor: 'agent-zhang', message: 'We are on it.' })).complaint;
  complaint = (await call(complaints, 'PostProgressUpdate', { complaintId: complaint.id, version: complaint.version, actor: 'agent-zhang', text: 'Root cause found: a failed line card.' })).complaint;
  complaint = (await call(complaints, 'ResolveComplaint', { complaintId: complaint.id, version: complaint.version, actor: 'agent-zhang', solution: 'Line card replaced; credit applied.' })).complaint;
  check(complaint.status === 'COMPLAINT_STATUS_RESOLVED' && complaint.clocks.every((c) => c.state === 'CLOCK_STATE_MET'),
    `7 acknowledge → progress update → resolve → ${complaint.status.replace('COMPLAINT_STATUS_', '')} v${complaint.version}; clocks: ${complaint.clocks.map((c) => `${c.kind.replace('CLOCK_KIND_', '')} ${c.state.replace('CLOCK_STATE_', '')}`).join(', ')}`);
  const { entries } = await call(complaints, 'GetComplaintHistory', { complaintId: complaint.id });
  check(entries.length >= 4, `7 history: ${entries.map((e) => `${e.action} by ${e.actor}`).join(' → ')}`);

  const stale = await failure(call(complaints, 'ReopenComplaint', { complaintId: complaint.id, version: 1, actor: 'agent-zhang', reason: 'customer not satisfied' }));
  check(stale.code === 'ABORTED', `8 ReopenComplaint with a stale version → ${stale.code}: ${stale.message}`);
  const future = await failure(call(complaints, 'FileComplaint', {
    requestId: randomUUID(), agreementId, channel: 'COMPLAINT_CHANNEL_WRITTEN', subject: 'Letter', severity: 'COMPLAINT_SEVERITY_NORMAL',
    actor: 'demo-intake', contact: { name: 'Li Wei', phone: '13812345678' }, receivedAt: timestamp(new Date(Date.now() + 3600_000)),
  }));
  check(future.code === 'INVALID_ARGUMENT', `8 FileComplaint received in the future → ${future.code}: ${future.message}`);

  const stats = await call(complaints, 'GetResolutionStats', { agreementId });
  check(stats.all.received === 1 && stats.all.resolved === 1,
    `9 GetResolutionStats ${short(stats.periodStart)} – ${short(stats.periodEnd)}: ${stats.all.resolved} of ${stats.all.received} resolved (${stats.all.rate?.value ?? '-'}%, target ${stats.all.target?.value}%) → ${stats.all.status.replace('RESOLUTION_RATE_STATUS_', '')}`);
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
  const { evaluator } = await call(surveys, 'RegisterEvaluator', {
    requestId: randomUUID(), promisorId: 'org-acme', name: 'Independent Survey Institute', accreditation: 'CNAS-2026-118',
    independenceDeclaration: 'No ownership or contract ties with ACME', independenceDeclaredAt: timestamp(new Date()), actor: 'assurance-manager',
  });
  const { survey } = await call(surveys, 'RecordSurvey', {
    requestId: randomUUID(), promisorId: 'org-acme', scope: 'SURVEY_SCOPE_KIND_AGREEMENTS', agreementIds: [agreementId],
    year: new Date().getUTCFullYear() - 1, evaluatorId: evaluator.id, score: { value: '78' }, scaleMin: { value: '0' }, scaleMax: { value: '100' },
    reportReceivedAt: timestamp(new Date()), actor: 'assurance-manager',
  });
  const { rectification } = await call(surveys, 'GetRectification', { rectificationId: survey.rectificationId });
  check(Boolean(survey.rectificationId),
    `10 RecordSurvey ${survey.year}: 78 of 100, below the floor of 85 → rectification ${shortName(rectification.status, 'RECTIFICATION_STATUS_')} until ${short(rectification.deadline)}`);

  const startedAt = new Date(Date.now() - 5 * 3600_000);
  const { interruption } = await call(interruptions, 'ReportInterruptionStarted', {
    requestId: randomUUID(), promisorId: 'org-acme', startedAt: timestamp(startedAt), causedByPromisor: true, actor: 'noc',
    scope: { affectedServices: ['NET-01'], affectedAgreementIds: [agreementId] }, description: 'Core router failure',
  });
  check(interruption.ongoing, `11 ReportInterruptionStarted at ${short(interruption.startedAt)}, caused by the promisor, still going on`);

  const breach = await until(async () => (await call(agreements, 'ListBreaches', { agreementId })).breaches.find((b) => b.clause === '4.2.1'));
  check(Boolean(breach), breach
    ? `12 Agreements: ${shortName(breach.severity, 'BREACH_SEVERITY_')} breach of ${breach.clause} — ${breach.description}`
    : '12 no 4.2.1 breach appeared in Agreements');
  if (!breach) return;

  // Disputes learns the breach from BreachDetermined; until then it refuses to link it.
  const open = {
    requestId: randomUUID(), agreementId, subject: 'Outage of 5 hours and more', breachIds: [breach.id], actor: 'customer-desk',
    claimant: { name: 'Globex Corporation', role: 'PARTY_ROLE_CUSTOMER' }, respondent: { name: 'ACME Services Ltd', role: 'PARTY_ROLE_PROMISOR' },
    claims: [{ text: 'Service credit for the outage', amount: { currencyCode: 'CNY', amount: '20000' } }],
  };
  let dispute = (await until(() => call(disputes, 'OpenDispute', open)))?.dispute;
  check(Boolean(dispute), dispute
    ? `13 OpenDispute on the breach → ${shortName(dispute.stage, 'DISPUTE_STAGE_')}, negotiation until ${short(dispute.negotiationDeadline)}`
    : '13 Disputes never accepted the breach');
  if (!dispute) return;
  const act = async (method, request) => (dispute = (await call(disputes, method, { disputeId: dispute.id, version: dispute.version, actor: 'officer-li', ...request })).dispute);
  await act('AssignOfficer', { officer: 'officer-li' });
  const early = await failure(call(disputes, 'AdvanceToArbitration', { disputeId: dispute.id, version: dispute.version, actor: 'officer-li' }));
  check(early.code === 'FAILED_PRECONDITION', `14 AdvanceToArbitration during negotiation → ${early.code}: ${early.message}`);
  await act('AddSubmission', { kind: 'SUBMISSION_KIND_LETTER', author: 'Globex legal', documentReference: 'GLX-2026-117' });
  await act('DeclareNegotiationFailed', { reason: 'No agreement on the amount' });
  await act('AdvanceToArbitration', { caseNumber: 'SHIAC-2026-0042' });
  await act('RecordAward', { awardDate: new Date().toISOString().slice(0, 10), summary: 'Service credit of CNY 15,000' });
  check(dispute.status === 'DISPUTE_STATUS_AWARDED',
    `14 assign → letter → negotiation failed → arbitration at ${dispute.arbitration.commission} → award: ${shortName(dispute.status, 'DISPUTE_STATUS_')} v${dispute.version}`);
  const settled = await until(async () => (await call(agreements, 'GetBreach', { breachId: breach.id })).breach.status === 'BREACH_STATUS_SETTLED');
  check(Boolean(settled), `15 Agreements: breach ${breach.clause} is ${settled ? 'SETTLED' : 'not settled'} after the award`);
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
