using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>Ends and corrections Assurance refuses: the interruption stays as it was and nothing is published.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ChangeRefusalTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_hour = TimeSpan.FromHours(1);

    private InterruptionsService.InterruptionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> InvalidEnds => new()
    {
        { "no end", "ended_at" },
        { "end before the start", "ended_at" },
        { "end in the future", "ended_at" },
        { "note too long", "note" },
        { "no actor", "actor" },
    };

    public static TheoryData<string, string> InvalidCorrections => new()
    {
        { "no reason", "reason" },
        { "start in the future", "started_at" },
        { "start after the end", "started_at" },
        { "end before the start", "ended_at" },
        { "end in the future", "ended_at" },
        { "scope without a service", "scope.affected_services" },
        { "scope with a malformed agreement id", "scope.affected_agreement_ids" },
        { "no actor", "actor" },
    };

    [Theory]
    [MemberData(nameof(InvalidEnds))]
    public async Task Invalid_end_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string mistake, string field)
    {
        var interruption = await StartedAsync();
        var request = InterruptionCalls.End(interruption, DateTimeOffset.UtcNow.AddMinutes(-1));
        switch (mistake)
        {
            case "no end": request.EndedAt = null; break;
            case "end before the start": request.EndedAt = Timestamp.FromDateTimeOffset(interruption.StartedAt.ToDateTimeOffset().AddTicks(-10)); break;
            case "end in the future": request.EndedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "note too long": request.Note = new string('x', 2_001); break;
            case "no actor": request.Actor = " "; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ReportInterruptionEndedAsync(request).ResponseAsync);

        AssertInvalid(error, field);
        await AssertUnchangedAsync(interruption);
    }

    [Theory]
    [MemberData(nameof(InvalidCorrections))]
    public async Task Invalid_correction_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string mistake, string field)
    {
        var interruption = await EndedAsync();
        var start = interruption.StartedAt.ToDateTimeOffset();
        var request = InterruptionCalls.Correct(interruption);
        request.CausedByPromisor = false;
        switch (mistake)
        {
            case "no reason": request.Reason = string.Empty; break;
            case "start in the future": request.StartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "start after the end": request.StartedAt = Timestamp.FromDateTimeOffset(start.AddMinutes(45)); break;
            case "end before the start": request.EndedAt = Timestamp.FromDateTimeOffset(start.AddMinutes(-1)); break;
            case "end in the future": request.EndedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "scope without a service": request.Scope = new InterruptionScope { AllActiveAgreementsOfPromisor = true }; break;
            case "scope with a malformed agreement id": request.Scope = InterruptionCalls.Scope(); request.Scope.AllActiveAgreementsOfPromisor = false; request.Scope.AffectedAgreementIds.Add("x"); break;
            case "no actor": request.Actor = string.Empty; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CorrectInterruptionAsync(request).ResponseAsync);

        AssertInvalid(error, field);
        await AssertUnchangedAsync(interruption);
    }

    [Fact]
    public async Task Correction_naming_an_agreement_of_another_promisor_is_INVALID_ARGUMENT_and_changes_nothing()
    {
        var interruption = await StartedAsync();
        var theirs = await assurance.ActiveAgreementAsync(AssuranceFixture.NewPromisor());
        var request = InterruptionCalls.Correct(interruption);
        request.Scope = InterruptionCalls.Scope(theirs);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CorrectInterruptionAsync(request).ResponseAsync);

        AssertInvalid(error, "scope.affected_agreement_ids");
        await AssertUnchangedAsync(interruption);
    }

    [Fact]
    public async Task Change_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var interruption = await StartedAsync();
        var request = InterruptionCalls.End(interruption, DateTimeOffset.UtcNow.AddMinutes(-1));
        request.Version = interruption.Version + 1;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ReportInterruptionEndedAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        await AssertUnchangedAsync(interruption);
    }

    [Fact]
    public async Task Correction_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var interruption = await EndedAsync();
        var request = InterruptionCalls.Correct(interruption);
        request.Version = interruption.Version - 1;
        request.StartedAt = Timestamp.FromDateTimeOffset(interruption.StartedAt.ToDateTimeOffset().AddMinutes(-10));

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CorrectInterruptionAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        await AssertUnchangedAsync(interruption);
    }

    [Fact]
    public async Task End_reported_twice_is_FAILED_PRECONDITION()
    {
        var interruption = await EndedAsync();

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ReportInterruptionEndedAsync(InterruptionCalls.End(interruption, DateTimeOffset.UtcNow)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("interruption.already_ended", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        await AssertUnchangedAsync(interruption);
    }

    [Fact]
    public async Task Correcting_the_end_of_an_ongoing_interruption_is_FAILED_PRECONDITION()
    {
        var interruption = await StartedAsync();
        var request = InterruptionCalls.Correct(interruption);
        request.EndedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1));

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CorrectInterruptionAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("interruption.not_ended", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        await AssertUnchangedAsync(interruption);
    }

    [Fact]
    public async Task Correction_that_changes_nothing_is_FAILED_PRECONDITION()
    {
        var interruption = await StartedAsync();
        var request = InterruptionCalls.Correct(interruption);
        request.StartedAt = interruption.StartedAt;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CorrectInterruptionAsync(request).ResponseAsync);

        Assert.Equal("interruption.correction_changes_nothing", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        await AssertUnchangedAsync(interruption);
    }

    private static void AssertInvalid(RpcException error, string field)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    /// <summary>The interruption reads as before and no event beyond those of the set-up was recorded for publishing.</summary>
    private async Task AssertUnchangedAsync(Interruption before)
    {
        var after = await Client.GetAsync(before.Id);
        Assert.Equal((before.Version, before.StartedAt, before.EndedAt, before.CausedByPromisor), (after.Version, after.StartedAt, after.EndedAt, after.CausedByPromisor));
        Assert.Empty(after.Corrections);
        Assert.Equal(before.Version, await AssuranceOutbox.CountAboutAsync(assurance, before.Id));
    }

    private async Task<Interruption> StartedAsync()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        return await Client.StartAsync(InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow - s_hour, agreementId));
    }

    private async Task<Interruption> EndedAsync()
    {
        var started = await StartedAsync();
        return await Client.EndAsync(started, started.StartedAt.ToDateTimeOffset().AddMinutes(30));
    }
}
