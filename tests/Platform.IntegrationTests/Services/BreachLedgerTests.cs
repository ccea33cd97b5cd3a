using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Events.Assurance;
using Platform.Contracts.Events.Disputes;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// The breach ledger of clause 4 against real PostgreSQL and RabbitMQ: facts the other contexts publish become
/// breaches, once per fact and only while the agreement is in force; officers and dispute cases move them on.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class BreachLedgerTests(PlatformInfrastructure infrastructure, BreachLedgerFixture ledger)
    : IClassFixture<BreachLedgerFixture>, IAsyncLifetime
{
    // Deadline kinds of Agreements' handlers (internal there).
    private const string InterruptionThreshold = "breach.interruption_threshold";
    private const string Rectification = "breach.rectification";
    private const string Officer = "Olga Officer";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private AgreementsService.AgreementsServiceClient Client => ledger.Client;

    public Task InitializeAsync() => ledger.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Missed_first_response_is_an_open_minor_breach_of_2_3_1_proved_by_the_complaint()
    {
        var agreement = await SignedAsync();
        var fact = BreachFacts.MissedClock(agreement.Id, clock: "FirstResponse");

        await PublishAsync(fact);

        var listed = await SingleBreachAsync(agreement.Id);
        var read = (await Client.GetBreachAsync(new GetBreachRequest { BreachId = listed.Id })).Breach;
        Assert.Equal(listed, read);
        Assert.Equal(("2.3.1", BreachSeverity.Minor, BreachStatus.Open), (read.Clause, read.Severity, read.Status));
        Assert.Equal(new BreachEvidence { Kind = EvidenceKind.Complaint, Id = fact.ComplaintId.ToString() }, read.Evidence);
    }

    [Fact]
    public async Task Major_complaint_unresolved_at_its_deadline_is_a_major_breach_of_4_2_2()
    {
        var agreement = await SignedAsync();

        await PublishAsync(BreachFacts.MissedClock(agreement.Id, clock: "MajorResolution", severity: "Major"));

        var breach = await SingleBreachAsync(agreement.Id);
        Assert.Equal(("4.2.2", BreachSeverity.Major), (breach.Clause, breach.Severity));
    }

    [Fact]
    public async Task Redelivered_or_republished_fact_makes_one_breach()
    {
        var agreement = await SignedAsync();
        var fact = BreachFacts.MissedClock(agreement.Id);
        var first = await PublishAsync(fact);
        await SingleBreachAsync(agreement.Id);

        await ledger.PublishAsync(fact, first);
        var republished = await PublishAsync(fact);

        // Both finished (and committed whatever they did) before the count.
        await ConsumedAsync(first, times: 2);
        await ConsumedAsync(republished);
        Assert.Single(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Fact_from_before_the_agreement_took_effect_is_no_breach()
    {
        var agreement = await SignedAsync();

        var message = await PublishAsync(BreachFacts.MissedClock(agreement.Id, dueAt: agreement.EffectiveFrom.ToDateTimeOffset().AddSeconds(-1)));

        await ConsumedAsync(message);
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Fact_while_the_agreement_was_suspended_is_no_breach()
    {
        var agreement = await SignedAsync();
        await Client.SuspendAgreementAsync(new SuspendAgreementRequest { AgreementId = agreement.Id, Version = agreement.Version, Reason = "audit" });

        var message = await PublishAsync(BreachFacts.MissedClock(agreement.Id, dueAt: DateTimeOffset.UtcNow));

        await ConsumedAsync(message);
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Theory]
    [InlineData("All", 100, 94)]
    [InlineData("Major", 200, 196)]
    public async Task Resolution_rate_below_its_target_is_a_minor_breach_of_2_3_2(string scope, int filed, int resolved)
    {
        var agreement = await SignedAsync(effectiveFrom: DateTimeOffset.UtcNow.AddDays(-40));

        await PublishAsync(BreachFacts.RateMeasured(agreement.Id, scope, filed, resolved));

        var breach = await SingleBreachAsync(agreement.Id);
        Assert.Equal(("2.3.2", BreachSeverity.Minor, EvidenceKind.ResolutionPeriod), (breach.Clause, breach.Severity, breach.Evidence.Kind));
    }

    [Theory]
    [InlineData("All", 100, 95)]
    [InlineData("All", 100, 100)]
    [InlineData("Major", 200, 197)]
    [InlineData("All", 0, 0)]
    public async Task Resolution_rate_at_or_above_its_target_or_with_nothing_filed_is_no_breach(string scope, int filed, int resolved)
    {
        var agreement = await SignedAsync(effectiveFrom: DateTimeOffset.UtcNow.AddDays(-40));

        var message = await PublishAsync(BreachFacts.RateMeasured(agreement.Id, scope, filed, resolved));

        await ConsumedAsync(message);
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Resolution_rate_of_a_sample_too_small_to_judge_is_no_breach()
    {
        var agreement = await SignedAsync(effectiveFrom: DateTimeOffset.UtcNow.AddDays(-40));

        var message = await PublishAsync(BreachFacts.RateMeasured(agreement.Id, "All", 4, 1, sufficientSample: false));

        await ConsumedAsync(message);
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Interruption_caused_by_the_promisor_still_going_on_at_the_threshold_is_a_major_breach_of_4_2_1()
    {
        var threshold = TimeSpan.FromSeconds(2);
        var agreement = await SignedAsync(threshold: threshold);
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow);

        await PublishAsync(started);

        var breach = await SingleBreachAsync(agreement.Id);
        Assert.Equal(("4.2.1", BreachSeverity.Major), (breach.Clause, breach.Severity));
        Assert.Equal(new BreachEvidence { Kind = EvidenceKind.Interruption, Id = started.InterruptionId.ToString() }, breach.Evidence);
        // Judged at start + N while no end was reported; the database keeps microseconds.
        Assert.True(breach.DetectedAt.ToDateTimeOffset() >= started.StartedAt + threshold - TimeSpan.FromMilliseconds(1), "determined before the threshold was reached");
    }

    [Fact]
    public async Task Interruption_that_ended_before_the_threshold_is_no_breach()
    {
        var agreement = await SignedAsync();
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow.AddSeconds(-30));
        await PublishAsync(started);

        await PublishAsync(new InterruptionEnded { InterruptionId = started.InterruptionId, EndedAt = started.StartedAt.AddSeconds(25), OccurredAt = started.StartedAt.AddSeconds(25) });

        var key = $"{started.InterruptionId}/{agreement.Id}";
        await Eventually.AssertAsync(
            async () => Assert.Equal(DeadlineStatus.Cancelled, (await ledger.DeadlineAsync(InterruptionThreshold, key))?.Status),
            s_timeout);
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task End_received_before_its_start_waits_for_it_and_an_end_before_the_threshold_is_no_breach()
    {
        // After a broker outage the queues come back one by one, so the end can come first.
        var agreement = await SignedAsync(threshold: TimeSpan.FromSeconds(2));
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow.AddSeconds(-30));
        var ended = await PublishAsync(new InterruptionEnded { InterruptionId = started.InterruptionId, EndedAt = started.StartedAt.AddSeconds(1), OccurredAt = started.StartedAt.AddSeconds(1) });
        await ConsumedAsync(ended);

        await ConsumedAsync(await PublishAsync(started));

        Assert.Null(ledger.Consumed.FaultOf(ended));
        Assert.Null(await ledger.DeadlineAsync(InterruptionThreshold, $"{started.InterruptionId}/{agreement.Id}"));
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task End_received_before_its_start_after_the_threshold_is_a_major_breach_once_the_start_arrives()
    {
        var agreement = await SignedAsync(threshold: TimeSpan.FromSeconds(2));
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow.AddSeconds(-30));
        await ConsumedAsync(await PublishAsync(new InterruptionEnded { InterruptionId = started.InterruptionId, EndedAt = started.StartedAt.AddSeconds(20), OccurredAt = started.StartedAt.AddSeconds(20) }));
        Assert.Empty(await BreachesAsync(agreement.Id));

        await PublishAsync(started);

        var breach = await SingleBreachAsync(agreement.Id);
        Assert.Equal(("4.2.1", started.InterruptionId.ToString()), (breach.Clause, breach.Evidence.Id));
    }

    [Fact]
    public async Task Correction_received_before_the_start_stands_in_for_it_and_the_late_start_changes_nothing()
    {
        var agreement = await SignedAsync(threshold: TimeSpan.FromSeconds(2));
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow.AddSeconds(-30));
        var corrected = new InterruptionCorrected
        {
            InterruptionId = started.InterruptionId,
            PromisorId = started.PromisorId,
            CorrectionNumber = 1,
            ChangedFields = ["ended_at"],
            StartedAt = started.StartedAt,
            EndedAt = started.StartedAt.AddSeconds(1),
            CausedByPromisor = true,
            AffectedAgreementIds = started.AffectedAgreementIds,
            OccurredAt = DateTimeOffset.UtcNow,
        };
        var correction = await PublishAsync(corrected);
        await ConsumedAsync(correction);

        // The start says nothing of the end; had it been taken after the correction, the deadline would fire.
        await ConsumedAsync(await PublishAsync(started));

        Assert.Null(ledger.Consumed.FaultOf(correction));
        Assert.NotEqual(DeadlineStatus.Pending, (await ledger.DeadlineAsync(InterruptionThreshold, $"{started.InterruptionId}/{agreement.Id}"))?.Status);
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Interruption_the_promisor_did_not_cause_is_no_breach()
    {
        // Already longer than the threshold, so a deadline, had one been set, would be due at once.
        var agreement = await SignedAsync(threshold: TimeSpan.FromSeconds(2));
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow.AddSeconds(-10), causedByPromisor: false);

        var message = await PublishAsync(started);

        await ConsumedAsync(message);
        Assert.Null(await ledger.DeadlineAsync(InterruptionThreshold, $"{started.InterruptionId}/{agreement.Id}"));
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Interruption_of_all_agreements_of_the_promisor_reaches_each_signed_one_it_does_not_name()
    {
        // A promisor of this test alone: every test's agreements share one database.
        var promisor = $"org-{Guid.NewGuid():N}";
        var tenMinutesAgo = DateTimeOffset.UtcNow.AddMinutes(-10);
        var agreement = await SignedAsync(effectiveFrom: tenMinutesAgo, promisor: promisor);
        var draft = (await Client.CreateAgreementAsync(Draft(effectiveFrom: tenMinutesAgo, promisor: promisor))).Agreement;
        var started = BreachFacts.InterruptionStarted(agreement.Id, DateTimeOffset.UtcNow.AddMinutes(-5)) with
        {
            PromisorId = promisor,
            AffectedAgreementIds = [],
            AllActiveAgreementsOfPromisor = true,
        };

        await PublishAsync(started);

        var breach = await SingleBreachAsync(agreement.Id);
        Assert.Equal(("4.2.1", started.InterruptionId.ToString()), (breach.Clause, breach.Evidence.Id));
        Assert.Null(await ledger.DeadlineAsync(InterruptionThreshold, $"{started.InterruptionId}/{draft.Id}"));
    }

    [Fact]
    public async Task Survey_below_the_floor_not_rectified_within_the_period_is_a_major_breach_of_4_2_3()
    {
        var now = DateTimeOffset.UtcNow;
        var agreement = await SignedAsync(effectiveFrom: now.AddMonths(-6));
        var survey = BreachFacts.SurveyResult(agreement.Id, score: 70m, reportReceivedAt: now.AddMonths(-4));

        await PublishAsync(survey);

        var breach = await SingleBreachAsync(agreement.Id);
        Assert.Equal(("4.2.3", BreachSeverity.Major), (breach.Clause, breach.Severity));
        Assert.Equal(new BreachEvidence { Kind = EvidenceKind.Survey, Id = survey.SurveyId.ToString() }, breach.Evidence);
    }

    [Fact]
    public async Task Survey_below_the_floor_rectified_in_time_is_no_breach()
    {
        var now = DateTimeOffset.UtcNow;
        var agreement = await SignedAsync(effectiveFrom: now.AddMonths(-6));
        var survey = BreachFacts.SurveyResult(agreement.Id, score: 70m, reportReceivedAt: now.AddMonths(-2));
        await PublishAsync(survey);
        var rectified = await PublishAsync(new RectificationCompleted { SurveyId = survey.SurveyId, CompletedAt = now.AddMonths(-1), OccurredAt = now.AddMonths(-1) });
        await ConsumedAsync(rectified);
        var key = $"{survey.SurveyId}/{agreement.Id}";
        Assert.Equal(DeadlineStatus.Pending, (await ledger.DeadlineAsync(Rectification, key))?.Status);

        // The deadline (report + 3 months) is a month away: move Agreements' clock past it.
        ledger.Clock.Advance(TimeSpan.FromDays(62));
        try
        {
            await Eventually.AssertAsync(
                async () =>
                {
                    var deadline = await ledger.DeadlineAsync(Rectification, key);
                    Assert.True(deadline?.Status == DeadlineStatus.Fired, $"deadline {deadline?.Status}, last error: {deadline?.LastError}");
                },
                s_timeout);
        }
        finally
        {
            ledger.Clock.Reset();
        }

        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Theory]
    [InlineData(4.4, false)]
    [InlineData(4.3, true)]
    public async Task Survey_on_the_evaluator_scale_is_judged_on_the_floor_scale(double score, bool breached)
    {
        // The floor is 85 on 0–100; 4.4 on 1–5 is 85 on that scale, 4.3 is 82.5.
        var now = DateTimeOffset.UtcNow;
        var agreement = await SignedAsync(effectiveFrom: now.AddMonths(-6));
        var survey = BreachFacts.SurveyResult(agreement.Id, score: (decimal)score, reportReceivedAt: now.AddMonths(-4)) with { ScaleMin = 1m, ScaleMax = 5m };

        var message = await PublishAsync(survey);

        await ConsumedAsync(message);
        if (breached)
        {
            Assert.Equal("4.2.3", (await SingleBreachAsync(agreement.Id)).Clause);
        }
        else
        {
            Assert.Null(await ledger.DeadlineAsync(Rectification, $"{survey.SurveyId}/{agreement.Id}"));
            Assert.Empty(await BreachesAsync(agreement.Id));
        }
    }

    [Fact]
    public async Task Survey_at_the_floor_is_no_breach()
    {
        var now = DateTimeOffset.UtcNow;
        var agreement = await SignedAsync(effectiveFrom: now.AddMonths(-6));
        var survey = BreachFacts.SurveyResult(agreement.Id, score: 85m, reportReceivedAt: now.AddMonths(-4));

        var message = await PublishAsync(survey);

        await ConsumedAsync(message);
        Assert.Null(await ledger.DeadlineAsync(Rectification, $"{survey.SurveyId}/{agreement.Id}"));
        Assert.Empty(await BreachesAsync(agreement.Id));
    }

    [Fact]
    public async Task Acknowledged_breach_can_be_marked_remedied()
    {
        var breach = await OpenMinorBreachAsync();

        var acknowledged = (await Client.AcknowledgeBreachAsync(new AcknowledgeBreachRequest { BreachId = breach.Id, Version = breach.Version, AcknowledgedBy = Officer })).Breach;
        var remedied = (await Client.MarkBreachRemediedAsync(new MarkBreachRemediedRequest
        {
            BreachId = breach.Id, Version = acknowledged.Version, RemediedBy = Officer, Note = "second-line rota extended",
        })).Breach;

        Assert.Equal(BreachStatus.Acknowledged, acknowledged.Status);
        Assert.Equal(BreachStatus.Remedied, remedied.Status);
        var read = (await Client.GetBreachAsync(new GetBreachRequest { BreachId = breach.Id })).Breach;
        Assert.Equal((BreachStatus.Remedied, remedied.Version), (read.Status, read.Version));
    }

    [Fact]
    public async Task Minor_breach_reclassified_by_an_officer_is_major_with_the_reason()
    {
        var breach = await OpenMinorBreachAsync();

        var reclassified = (await Client.ReclassifyBreachAsync(new ReclassifyBreachRequest
        {
            BreachId = breach.Id, Version = breach.Version, Reason = "customer lost a day of orders", ReclassifiedBy = Officer,
        })).Breach;

        Assert.Equal(
            (BreachSeverity.Major, BreachStatus.Open, "customer lost a day of orders"),
            (reclassified.Severity, reclassified.Status, reclassified.ReclassificationReason));
    }

    [Fact]
    public async Task Breach_change_with_a_stale_version_is_ABORTED()
    {
        var breach = await OpenMinorBreachAsync();
        await Client.AcknowledgeBreachAsync(new AcknowledgeBreachRequest { BreachId = breach.Id, Version = breach.Version, AcknowledgedBy = Officer });

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ReclassifyBreachAsync(new ReclassifyBreachRequest
        {
            BreachId = breach.Id, Version = breach.Version, Reason = "major loss", ReclassifiedBy = Officer,
        }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
    }

    [Fact]
    public async Task Remedying_an_open_breach_is_FAILED_PRECONDITION()
    {
        var breach = await OpenMinorBreachAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.MarkBreachRemediedAsync(new MarkBreachRemediedRequest
        {
            BreachId = breach.Id, Version = breach.Version, RemediedBy = Officer, Note = "fixed",
        }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("breach.not_acknowledged", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task Unknown_breach_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.GetBreachAsync(new GetBreachRequest { BreachId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    public static TheoryData<string> RpcsTakingABreachId => ["GetBreach", "AcknowledgeBreach", "ReclassifyBreach", "MarkBreachRemedied"];

    [Theory]
    [MemberData(nameof(RpcsTakingABreachId))]
    public async Task Every_breach_RPC_names_a_malformed_breach_id(string rpc)
    {
        const string Bad = "not-a-uuid";
        Func<Task> call = rpc switch
        {
            "GetBreach" => () => Client.GetBreachAsync(new GetBreachRequest { BreachId = Bad }).ResponseAsync,
            "AcknowledgeBreach" => () => Client.AcknowledgeBreachAsync(new AcknowledgeBreachRequest { BreachId = Bad, Version = 1, AcknowledgedBy = Officer }).ResponseAsync,
            "ReclassifyBreach" => () => Client.ReclassifyBreachAsync(new ReclassifyBreachRequest { BreachId = Bad, Version = 1, Reason = "x", ReclassifiedBy = Officer }).ResponseAsync,
            _ => () => Client.MarkBreachRemediedAsync(new MarkBreachRemediedRequest { BreachId = Bad, Version = 1, RemediedBy = Officer, Note = "x" }).ResponseAsync,
        };

        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("breach_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Dispute_opened_on_a_breach_marks_it_disputed_and_its_resolution_settles_it()
    {
        var breach = await OpenMinorBreachAsync();
        var disputeId = Guid.NewGuid();
        var (agreementId, breachIds) = (Guid.Parse(breach.AgreementId), new[] { Guid.Parse(breach.Id) });

        await PublishAsync(new DisputeOpened { DisputeId = disputeId, AgreementId = agreementId, BreachIds = breachIds, OccurredAt = DateTimeOffset.UtcNow });
        var disputed = await BreachInStatusAsync(breach.Id, BreachStatus.Disputed);
        await PublishAsync(new DisputeResolved { DisputeId = disputeId, AgreementId = agreementId, BreachIds = breachIds, Outcome = "Settled", OccurredAt = DateTimeOffset.UtcNow });
        var settled = await BreachInStatusAsync(breach.Id, BreachStatus.Settled);

        Assert.Equal(disputeId.ToString(), disputed.DisputeId);
        Assert.Equal(disputeId.ToString(), settled.DisputeId);
    }

    [Fact]
    public async Task Dispute_resolution_arriving_before_its_opening_still_settles_the_breach()
    {
        var breach = await OpenMinorBreachAsync();
        var disputeId = Guid.NewGuid();
        var (agreementId, breachIds) = (Guid.Parse(breach.AgreementId), new[] { Guid.Parse(breach.Id) });

        await PublishAsync(new DisputeResolved { DisputeId = disputeId, AgreementId = agreementId, BreachIds = breachIds, Outcome = "Settled", OccurredAt = DateTimeOffset.UtcNow });
        await BreachInStatusAsync(breach.Id, BreachStatus.Settled);
        var lateOpening = await PublishAsync(new DisputeOpened { DisputeId = disputeId, AgreementId = agreementId, BreachIds = breachIds, OccurredAt = DateTimeOffset.UtcNow });
        await ConsumedAsync(lateOpening);

        var settled = (await Client.GetBreachAsync(new GetBreachRequest { BreachId = breach.Id })).Breach;
        Assert.Equal((BreachStatus.Settled, disputeId.ToString()), (settled.Status, settled.DisputeId));
    }

    [Fact]
    public async Task Dispute_withdrawal_arriving_before_its_opening_leaves_the_breach_open()
    {
        var breach = await OpenMinorBreachAsync();
        var disputeId = Guid.NewGuid();
        var (agreementId, breachIds) = (Guid.Parse(breach.AgreementId), new[] { Guid.Parse(breach.Id) });

        var withdrawal = await PublishAsync(new DisputeResolved { DisputeId = disputeId, AgreementId = agreementId, BreachIds = breachIds, Outcome = "Withdrawn", OccurredAt = DateTimeOffset.UtcNow });
        await ConsumedAsync(withdrawal);
        var lateOpening = await PublishAsync(new DisputeOpened { DisputeId = disputeId, AgreementId = agreementId, BreachIds = breachIds, OccurredAt = DateTimeOffset.UtcNow });
        await ConsumedAsync(lateOpening);

        var released = (await Client.GetBreachAsync(new GetBreachRequest { BreachId = breach.Id })).Breach;
        Assert.Equal((BreachStatus.Open, disputeId.ToString(), breach.Version + 2), (released.Status, released.DisputeId, released.Version));
    }

    [Fact]
    public async Task Dispute_resolution_settles_its_open_breaches_and_leaves_a_remedied_one_alone()
    {
        var remedied = await OpenMinorBreachAsync();
        var acknowledged = (await Client.AcknowledgeBreachAsync(new AcknowledgeBreachRequest { BreachId = remedied.Id, Version = remedied.Version, AcknowledgedBy = Officer })).Breach;
        await Client.MarkBreachRemediedAsync(new MarkBreachRemediedRequest { BreachId = remedied.Id, Version = acknowledged.Version, RemediedBy = Officer, Note = "refund paid" });
        var open = await OpenMinorBreachAsync();
        var disputeId = Guid.NewGuid();
        var breachIds = new[] { Guid.Parse(remedied.Id), Guid.Parse(open.Id) };

        await PublishAsync(new DisputeOpened { DisputeId = disputeId, AgreementId = Guid.Parse(open.AgreementId), BreachIds = breachIds, OccurredAt = DateTimeOffset.UtcNow });
        await BreachInStatusAsync(open.Id, BreachStatus.Disputed);
        await PublishAsync(new DisputeResolved { DisputeId = disputeId, AgreementId = Guid.Parse(open.AgreementId), BreachIds = breachIds, Outcome = "Settled", OccurredAt = DateTimeOffset.UtcNow });

        await BreachInStatusAsync(open.Id, BreachStatus.Settled);
        Assert.Equal(BreachStatus.Remedied, (await Client.GetBreachAsync(new GetBreachRequest { BreachId = remedied.Id })).Breach.Status);
    }

    [Fact]
    public async Task Compliance_report_with_more_breaches_than_asked_for_carries_the_latest_and_counts_them_all()
    {
        var agreement = await SignedAsync(effectiveFrom: DateTimeOffset.UtcNow.AddDays(-40));
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddDays(-1);
        var dueTimes = Enumerable.Range(1, 5).Select(i => start.AddHours(i)).ToList();
        foreach (var dueAt in dueTimes)
        {
            await PublishAsync(BreachFacts.MissedClock(agreement.Id, dueAt: dueAt));
        }

        await Eventually.AssertAsync(async () => (await BreachesAsync(agreement.Id)).Count == 5, s_timeout, "five breaches recorded");

        var report = await Client.GetComplianceReportAsync(new GetComplianceReportRequest
        {
            AgreementId = agreement.Id,
            PeriodStart = Timestamp.FromDateTimeOffset(start),
            PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            MaxBreaches = 2,
        });

        Assert.Equal(5, report.BreachCount);
        Assert.Equal(dueTimes[3..], report.Breaches.Select(b => b.FactAt.ToDateTimeOffset()));
        Assert.StartsWith("5 clock(s) missed", report.Clauses.Single(c => c.Clause == "2.3.1").Measured, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_report_judges_each_clause_from_the_facts_kept_and_lists_the_breaches()
    {
        var agreement = await SignedAsync(effectiveFrom: DateTimeOffset.UtcNow.AddDays(-40));
        var period = BreachFacts.RateMeasured(agreement.Id, "All", 100, 90);
        await PublishAsync(period);
        var breach = await SingleBreachAsync(agreement.Id);

        var report = await Client.GetComplianceReportAsync(new GetComplianceReportRequest
        {
            AgreementId = agreement.Id,
            PeriodStart = Timestamp.FromDateTimeOffset(period.PeriodStart),
            PeriodEnd = Timestamp.FromDateTimeOffset(period.PeriodEnd),
        });

        var rate = report.Clauses.Single(c => c.Title == "Complaint resolution rate");
        Assert.Equal((ComplianceStatus.Missed, "at least 95%", "90% (90 of 100 resolved)"), (rate.Status, rate.Target, rate.Measured));
        Assert.Equal((90m, 95m), (decimal.Parse(rate.MeasuredValue.Value, CultureInfo.InvariantCulture), decimal.Parse(rate.TargetValue.Value, CultureInfo.InvariantCulture)));
        Assert.Equal("100", report.Clauses.Single(c => c.Clause == "2.3.1").MeasuredValue.Value);
        Assert.Equal(ComplianceStatus.Met, report.Clauses.Single(c => c.Clause == "2.3.1").Status);
        Assert.All(report.Clauses.Where(c => c.Clause.StartsWith("3.", StringComparison.Ordinal)), c => Assert.Equal(ComplianceStatus.NoData, c.Status));
        Assert.Equal(breach.Id, Assert.Single(report.Breaches).Id);
        Assert.Equal(1, report.TermsVersion);
    }

    [Fact]
    public async Task Compliance_report_shows_the_team_and_fund_shortfalls_Assurance_reported()
    {
        var promisor = $"org-{Guid.NewGuid():N}";
        var agreement = await SignedAsync(effectiveFrom: DateTimeOffset.UtcNow.AddDays(-40), promisor: promisor);
        var now = DateTimeOffset.UtcNow;
        await ConsumedAsync(await PublishAsync(new StaffingShortfallFound { PromisorId = promisor, Headcount = 12, RequiredHeadcount = 20, At = now.AddDays(-10), OccurredAt = now.AddDays(-10) }));
        await ConsumedAsync(await PublishAsync(new FundingShortfallFound { PromisorId = promisor, Year = now.Year, PercentOfRevenue = 1.2m, RequiredPercent = 2.5m, OccurredAt = now }));

        var report = await Client.GetComplianceReportAsync(new GetComplianceReportRequest
        {
            AgreementId = agreement.Id,
            PeriodStart = Timestamp.FromDateTimeOffset(now.AddDays(-30)),
            PeriodEnd = Timestamp.FromDateTimeOffset(now),
        });

        Assert.Equal(ComplianceStatus.Missed, report.Clauses.Single(c => c.Clause == "3.1").Status);
        var team = report.Clauses.Single(c => c.Clause == "3.2");
        Assert.Equal(ComplianceStatus.Missed, team.Status);
        Assert.Contains("12 people (required 20)", team.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_report_for_a_period_ending_before_it_starts_is_INVALID_ARGUMENT()
    {
        var agreement = await SignedAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.GetComplianceReportAsync(new GetComplianceReportRequest
        {
            AgreementId = agreement.Id,
            PeriodStart = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Determined_breach_is_published_as_BreachDetermined()
    {
        var agreement = await SignedAsync();
        var fact = BreachFacts.MissedClock(agreement.Id);
        await PublishAsync(fact);
        var breach = await SingleBreachAsync(agreement.Id);
        var breachId = Guid.Parse(breach.Id);

        await Eventually.AssertAsync(() => Task.FromResult(ledger.Determined.Any(e => e.BreachId == breachId)), s_timeout, "BreachDetermined received");

        var published = Assert.Single(ledger.Determined, e => e.BreachId == breachId);
        Assert.Equal(
            (fact.AgreementId, "2.3.1", "Minor", "Complaint", fact.ComplaintId.ToString()),
            (published.AgreementId, published.Clause, published.Severity, published.EvidenceKind, published.EvidenceId));
    }

    private static CreateAgreementRequest Draft(DateTimeOffset? effectiveFrom = null, TimeSpan? threshold = null, string? promisor = null)
    {
        var request = AgreementRequests.Create();
        if (effectiveFrom is { } from)
        {
            request.EffectiveFrom = Timestamp.FromDateTimeOffset(from);
        }

        if (threshold is { } n)
        {
            request.Terms.MajorInterruptionThreshold = Duration.FromTimeSpan(n);
        }

        if (promisor is not null)
        {
            request.Promisor.OrganizationId = promisor;
        }

        return request;
    }

    private async Task<Agreement> SignedAsync(DateTimeOffset? effectiveFrom = null, TimeSpan? threshold = null, string? promisor = null)
    {
        var draft = (await Client.CreateAgreementAsync(Draft(effectiveFrom, threshold, promisor))).Agreement;
        return (await Client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;
    }

    private async Task<Breach> OpenMinorBreachAsync()
    {
        var agreement = await SignedAsync();
        await PublishAsync(BreachFacts.MissedClock(agreement.Id));
        return await SingleBreachAsync(agreement.Id);
    }

    /// <summary>Publishes a fact as a new message; returns its message id.</summary>
    private async Task<Guid> PublishAsync<T>(T fact)
        where T : class
    {
        var messageId = Guid.NewGuid();
        await ledger.PublishAsync(fact, messageId);
        return messageId;
    }

    private Task ConsumedAsync(Guid messageId, int times = 1) =>
        Eventually.AssertAsync(
            () =>
            {
                Assert.True(
                    ledger.Consumed.TimesConsumed(messageId) >= times,
                    $"Agreements consumed message {messageId} {ledger.Consumed.TimesConsumed(messageId)} of {times} times; last fault: {ledger.Consumed.FaultOf(messageId) ?? "none"}");
                return Task.CompletedTask;
            },
            s_timeout);

    private async Task<IReadOnlyList<Breach>> BreachesAsync(string agreementId) =>
        (await Client.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreementId })).Breaches;

    private async Task<Breach> SingleBreachAsync(string agreementId)
    {
        await Eventually.AssertAsync(async () => (await BreachesAsync(agreementId)).Count > 0, s_timeout, $"a breach of agreement {agreementId}");
        return Assert.Single(await BreachesAsync(agreementId));
    }

    private async Task<Breach> BreachInStatusAsync(string breachId, BreachStatus status)
    {
        Breach? breach = null;
        await Eventually.AssertAsync(
            async () =>
            {
                breach = (await Client.GetBreachAsync(new GetBreachRequest { BreachId = breachId })).Breach;
                return breach.Status == status;
            },
            s_timeout,
            $"breach {breachId} is {status}");
        return breach!;
    }
}
