using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>Listing interruptions by promisor, ongoing only and period, newest first, in pages.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class InterruptionListingTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InterruptionsService.InterruptionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Listing_by_promisor_shows_only_its_interruptions_newest_first()
    {
        var (promisor, ids) = await ThreeInterruptionsAsync();
        var other = AssuranceFixture.NewPromisor();
        await Client.StartAsync(InterruptionCalls.Start(other, DateTimeOffset.UtcNow.AddHours(-1), await assurance.ActiveAgreementAsync(other)));

        var listed = await Client.OfPromisorAsync(promisor);

        Assert.Equal(Enumerable.Reverse(ids), listed.Select(i => i.Id));
    }

    [Fact]
    public async Task Ongoing_only_leaves_out_the_ended_ones()
    {
        var (promisor, ids) = await ThreeInterruptionsAsync();

        var listed = await ListAsync(new ListInterruptionsRequest { PromisorId = promisor, OngoingOnly = true });

        Assert.Equal([ids[2]], listed.Select(i => i.Id));
    }

    [Fact]
    public async Task Period_lists_the_interruptions_going_on_at_some_time_in_it()
    {
        // Ten to eight days ago (ended), five to four days ago (ended), since two days ago (ongoing).
        var (promisor, ids) = await ThreeInterruptionsAsync();
        var now = DateTimeOffset.UtcNow;

        var middle = await ListAsync(Period(promisor, now.AddDays(-6), now.AddDays(-3)));
        var fromFourDaysAgo = await ListAsync(Period(promisor, now.AddDays(-4).AddHours(1), null));
        var untilNineDaysAgo = await ListAsync(Period(promisor, null, now.AddDays(-9)));

        Assert.Equal([ids[1]], middle.Select(i => i.Id));
        Assert.Equal([ids[2]], fromFourDaysAgo.Select(i => i.Id));
        Assert.Equal([ids[0]], untilNineDaysAgo.Select(i => i.Id));
    }

    [Fact]
    public async Task Pages_continue_where_the_previous_one_ended()
    {
        var (promisor, ids) = await ThreeInterruptionsAsync();

        var first = await Client.ListInterruptionsAsync(new ListInterruptionsRequest { PromisorId = promisor, PageSize = 2 });
        var second = await Client.ListInterruptionsAsync(new ListInterruptionsRequest { PromisorId = promisor, PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal(Enumerable.Reverse(ids), first.Interruptions.Concat(second.Interruptions).Select(i => i.Id));
        Assert.Equal(string.Empty, second.NextPageToken);
    }

    private static ListInterruptionsRequest Period(string promisor, DateTimeOffset? start, DateTimeOffset? end) => new()
    {
        PromisorId = promisor,
        PeriodStart = start is { } s ? Timestamp.FromDateTimeOffset(s) : null,
        PeriodEnd = end is { } e ? Timestamp.FromDateTimeOffset(e) : null,
    };

    private async Task<IReadOnlyList<Interruption>> ListAsync(ListInterruptionsRequest request) =>
        (await Client.ListInterruptionsAsync(request)).Interruptions;

    /// <summary>A promisor with three interruptions, reported in this order: ten to eight days ago, five to four days ago, and one ongoing since two days ago.</summary>
    private async Task<(string Promisor, string[] Ids)> ThreeInterruptionsAsync()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var now = DateTimeOffset.UtcNow;
        var oldest = await Client.StartAsync(InterruptionCalls.Start(promisor, now.AddDays(-10), agreementId));
        await Client.EndAsync(oldest, now.AddDays(-8));
        var middle = await Client.StartAsync(InterruptionCalls.Start(promisor, now.AddDays(-5), agreementId));
        await Client.EndAsync(middle, now.AddDays(-4));
        var ongoing = await Client.StartAsync(InterruptionCalls.Start(promisor, now.AddDays(-2), agreementId));
        return (promisor, [oldest.Id, middle.Id, ongoing.Id]);
    }
}
