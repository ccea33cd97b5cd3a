using System.CommandLine;
using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.Platformctl.Commands;

namespace Platform.Platformctl.Tests.Units;

public sealed class PagingTests
{
    private readonly Paging _paging = new(defaultPageSize: 50);
    private readonly List<ListDisputesRequest> _sent = [];

    [Fact]
    public async Task All_follows_next_page_token_and_merges_the_pages_into_one_response()
    {
        var response = await ListAsync("--page-size", "2", "--all");

        Assert.Equal(["d-1", "d-2", "d-3", "d-4", "d-5"], response.Disputes.Select(d => d.Id));
        Assert.Empty(response.NextPageToken);
        Assert.Equal(["", "t-2", "t-4"], _sent.Select(r => r.PageToken));
        Assert.All(_sent, r => Assert.Equal(2, r.PageSize));
    }

    [Fact]
    public async Task Page_token_fetches_only_the_page_it_names()
    {
        var response = await ListAsync("--page-size", "2", "--page-token", "t-2");

        Assert.Equal(["d-3", "d-4"], response.Disputes.Select(d => d.Id));
        Assert.Equal("t-4", response.NextPageToken);
        Assert.Single(_sent);
    }

    [Fact]
    public async Task Without_options_one_page_of_the_default_size_is_fetched()
    {
        await ListAsync();

        var request = Assert.Single(_sent);
        Assert.Equal(50, request.PageSize);
        Assert.Empty(request.PageToken);
    }

    private Task<ListDisputesResponse> ListAsync(params string[] args)
    {
        var parse = new Command("list").With(_paging.Options).Parse(args);
        Assert.Empty(parse.Errors);
        return _paging.ListAsync(parse, new ListDisputesRequest { Officer = "officer-li" }, Page, CancellationToken.None);
    }

    /// <summary>Five disputes in pages of two, the token naming the last id of the page before.</summary>
    private AsyncUnaryCall<ListDisputesResponse> Page(ListDisputesRequest request, CallOptions options)
    {
        _sent.Add(request.Clone());
        var start = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken[2..], System.Globalization.CultureInfo.InvariantCulture);
        var response = new ListDisputesResponse();
        response.Disputes.AddRange(Enumerable.Range(start + 1, Math.Min(request.PageSize, 5 - start)).Select(i => new Dispute { Id = $"d-{i}" }));
        var end = start + response.Disputes.Count;
        response.NextPageToken = end < 5 ? $"t-{end}" : string.Empty;
        return new AsyncUnaryCall<ListDisputesResponse>(Task.FromResult(response), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }
}
