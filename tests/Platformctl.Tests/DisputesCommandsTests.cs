using System.Globalization;
using System.Text.Json;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.Platformctl.Tests;

[Collection(LivePlatformDefinition.Name)]
public sealed class DisputesCommandsTests(LivePlatform platform, ITestOutputHelper log)
{
    private static readonly TimeSpan s_factsArrive = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_officer_is_assigned_and_the_timeline_shows_it()
    {
        var dispute = await OpenDisputeAsync();

        var assign = await platform.RunAsync("disputes", "assign", dispute.Id, "--officer", "officer-li", "--version", dispute.Version.ToString(CultureInfo.InvariantCulture), "--actor", "head-of-disputes");
        var timeline = await platform.RunAsync("disputes", "timeline", dispute.Id);
        log.WriteLine(assign.Output);
        log.WriteLine(timeline.Output);

        Assert.Equal(0, assign.ExitCode);
        Assert.Matches(@"(?m)^officer:\s+officer-li$", assign.Output);
        Assert.Equal(0, timeline.ExitCode);
        Assert.Contains("head-of-disputes", timeline.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arbitration_during_open_negotiation_is_one_FAILED_PRECONDITION_line_and_exit_1()
    {
        var dispute = await OpenDisputeAsync();

        var run = await platform.RunAsync("disputes", "arbitrate", dispute.Id, "--version", dispute.Version.ToString(CultureInfo.InvariantCulture));
        log.WriteLine(run.Error);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: FAILED_PRECONDITION", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task An_officer_takes_a_dispute_from_failed_negotiation_to_an_award()
    {
        var dispute = await OpenDisputeAsync();
        var version = dispute.Version;

        foreach (var step in new[]
        {
            new[] { "assign", "--officer", "officer-li" },
            ["fail-negotiation", "--reason", "No agreement on the compensation"],
            ["arbitrate", "--case-number", "SHIAC-2026-17"],
            ["award", "--date", "2026-11-20", "--summary", "Respondent pays 5000 CNY"],
        })
        {
            var run = await platform.RunAsync(["disputes", .. step.Take(1), "-o", "json", dispute.Id, "--version", version.ToString(CultureInfo.InvariantCulture), "--actor", "officer-li", .. step.Skip(1)]);
            Assert.True(run.ExitCode == 0, $"{step[0]}: {run.Error}");
            using var json = JsonDocument.Parse(run.Output);
            version = long.Parse(json.RootElement.GetProperty("version").GetString()!, CultureInfo.InvariantCulture);
        }

        var show = await platform.RunAsync("disputes", "show", dispute.Id);
        Assert.Matches(@"(?m)^stage:\s+ARBITRATION$", show.Output);
        Assert.Matches(@"(?m)^status:\s+AWARDED$", show.Output);
    }

    [Fact]
    public async Task List_by_agreement_as_json_holds_the_dispute()
    {
        var dispute = await OpenDisputeAsync();

        var run = await platform.RunAsync("disputes", "list", "--agreement", dispute.AgreementId, "-o", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(dispute.Id, json.RootElement.GetProperty("disputes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_arbitration_hearing_is_recorded_and_show_lists_it()
    {
        var dispute = await InArbitrationAsync();

        var run = await platform.RunAsync("disputes", "arbitration-hearing", dispute.Id, "--version", Version(dispute), "--actor", "officer-li", "--date", "2026-11-10", "--note", "Both parties heard");
        var show = await platform.RunAsync("disputes", "show", dispute.Id);
        log.WriteLine(run.Output + run.Error);
        log.WriteLine(show.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^ARBITRATION\s+2026-11-10\s+Both parties heard$", run.Output);
        Assert.Equal(0, show.ExitCode);
        Assert.Matches(@"(?m)^ARBITRATION\s+2026-11-10\s+Both parties heard$", show.Output);
    }

    [Fact]
    public async Task A_court_hearing_is_recorded_and_the_timeline_shows_it()
    {
        var dispute = await InLitigationAsync();

        var run = await platform.RunAsync("disputes", "court-hearing", dispute.Id, "--version", Version(dispute), "--actor", "officer-li", "--date", "2026-12-01", "--note", "Evidence exchanged");
        var timeline = await platform.RunAsync("disputes", "timeline", dispute.Id);
        log.WriteLine(run.Output + run.Error);
        log.WriteLine(timeline.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^COURT\s+2026-12-01\s+Evidence exchanged$", run.Output);
        Assert.Equal(0, timeline.ExitCode);
        Assert.Matches(@"(?m)\sCourtHearingRecorded\s.*2026-12-01: Evidence exchanged$", timeline.Output);
    }

    [Fact]
    public async Task A_case_number_given_after_arbitration_is_recorded_and_show_prints_it()
    {
        var dispute = await InArbitrationAsync(caseNumber: null);

        var run = await platform.RunAsync("disputes", "case-number", dispute.Id, "--version", Version(dispute), "--actor", "officer-li", "--case-number", "SHIAC-2026-18");
        var show = await platform.RunAsync("disputes", "show", dispute.Id);
        log.WriteLine(run.Output + run.Error);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^arbitration:\s+.+, case SHIAC-2026-18$", run.Output);
        Assert.Matches(@"(?m)^arbitration:\s+.+, case SHIAC-2026-18$", show.Output);
    }

    [Theory]
    [InlineData("arbitration-hearing")]
    [InlineData("court-hearing")]
    public async Task A_hearing_during_negotiation_is_one_FAILED_PRECONDITION_line_and_exit_1(string command)
    {
        var dispute = await OpenDisputeAsync();

        var run = await platform.RunAsync("disputes", command, dispute.Id, "--version", Version(dispute), "--date", "2026-11-10", "--note", "Too early");
        log.WriteLine(run.Error);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: FAILED_PRECONDITION", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private static string Version(Dispute dispute) => dispute.Version.ToString(CultureInfo.InvariantCulture);

    private DisputesService.DisputesServiceClient Disputes => new(platform.Disputes.Channel);

    private async Task<Dispute> InArbitrationAsync(string? caseNumber = "SHIAC-2026-17")
    {
        var failed = await NegotiationFailedAsync();
        return (await Disputes.AdvanceToArbitrationAsync(new AdvanceToArbitrationRequest
        {
            DisputeId = failed.Id, Version = failed.Version, Actor = "officer-li", CaseNumber = caseNumber ?? string.Empty,
        })).Dispute;
    }

    private async Task<Dispute> InLitigationAsync()
    {
        var failed = await NegotiationFailedAsync();
        return (await Disputes.AdvanceToLitigationAsync(new AdvanceToLitigationRequest
        {
            DisputeId = failed.Id, Version = failed.Version, Actor = "officer-li",
            Ground = LitigationGround.PartiesAgreedLitigation, GroundReference = "Written agreement to litigate of 2026-11-01",
        })).Dispute;
    }

    private async Task<Dispute> NegotiationFailedAsync()
    {
        var dispute = await OpenDisputeAsync();
        var assigned = (await Disputes.AssignOfficerAsync(new AssignOfficerRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = "head-of-disputes", Officer = "officer-li" })).Dispute;
        return (await Disputes.DeclareNegotiationFailedAsync(new DeclareNegotiationFailedRequest
        {
            DisputeId = assigned.Id, Version = assigned.Version, Actor = "officer-li", Reason = "No agreement on the compensation",
        })).Dispute;
    }

    private async Task<Dispute> OpenDisputeAsync()
    {
        var agreement = await TestAgreements.CreateSignedAsync(new AgreementsService.AgreementsServiceClient(platform.Agreements.Channel));
        var disputes = new DisputesService.DisputesServiceClient(platform.Disputes.Channel);
        await Eventually.AssertAsync(
            async () => (await disputes.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Eligible,
            s_factsArrive,
            "Disputes knows the signed agreement");
        return (await disputes.OpenDisputeAsync(new OpenDisputeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AgreementId = agreement.Id,
            Claimant = new Party { Name = "Globex Corporation", Role = PartyRole.Customer },
            Respondent = new Party { Name = "ACME Services Ltd", Role = PartyRole.Promisor },
            Subject = "Late first responses",
            Claims = { new Claim { Text = "Compensation for late responses" } },
            Actor = "intake-desk",
        })).Dispute;
    }
}
