using System.CommandLine;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary>
/// <c>--page-size</c>, <c>--page-token</c> and <c>--all</c> for one list command, and the one loop that follows
/// <c>next_page_token</c>. Every list RPC has the same shape (<c>page_size</c> and <c>page_token</c> in,
/// <c>next_page_token</c> out), so the loop reaches those fields through the message descriptors.
/// </summary>
internal sealed class Paging
{
    public Paging(int defaultPageSize)
    {
        PageSize = new Option<int>("--page-size")
        {
            Description = $"At most this many per page (default {defaultPageSize}; the service allows at most 200)",
            DefaultValueFactory = _ => defaultPageSize,
        };
        PageSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--page-size must be at least 1.");
            }
        });
    }

    public Option<int> PageSize { get; }

    public Option<string?> PageToken { get; } = new("--page-token") { Description = "Continue where a previous page ended (its next_page_token)" };

    public Option<bool> All { get; } = new("--all") { Description = "Follow next_page_token to the last page and print every item" };

    public Option[] Options => [PageSize, PageToken, All];

    /// <summary>
    /// Fetches the page <c>--page-token</c> names (else the first); with <c>--all</c>, every page from there to the
    /// last, merged into one response whose <c>next_page_token</c> is empty.
    /// </summary>
    public async Task<TResponse> ListAsync<TRequest, TResponse>(
        ParseResult parse, TRequest request, Func<TRequest, CallOptions, AsyncUnaryCall<TResponse>> list, CancellationToken cancellationToken)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        var pageToken = Field(request.Descriptor, "page_token");
        Field(request.Descriptor, "page_size").Accessor.SetValue(request, parse.GetValue(PageSize));
        pageToken.Accessor.SetValue(request, parse.GetValue(PageToken) ?? string.Empty);

        var merged = await list(request, PlatformClients.Call(cancellationToken));
        if (!parse.GetValue(All))
        {
            return merged;
        }

        var nextPageToken = Field(merged.Descriptor, "next_page_token");
        while (nextPageToken.Accessor.GetValue(merged) is string { Length: > 0 } next)
        {
            pageToken.Accessor.SetValue(request, next);
            var page = await list(request, PlatformClients.Call(cancellationToken));
            // MergeFrom appends the page's items and takes its token only when it is not empty: clear it first.
            nextPageToken.Accessor.Clear(merged);
            merged.MergeFrom(page);
        }

        return merged;
    }

    /// <summary>In a table, says on stderr how to get the next page when there is one (JSON carries next_page_token).</summary>
    public static async Task WriteNextPageHintAsync(CliContext context, ParseResult parse, IMessage response)
    {
        if (parse.GetValue(context.OutputOption) == OutputFormat.Table
            && Field(response.Descriptor, "next_page_token").Accessor.GetValue(response) is string { Length: > 0 } next)
        {
            await context.Error.WriteLineAsync($"more: --page-token {next}");
        }
    }

    private static FieldDescriptor Field(MessageDescriptor message, string name) =>
        message.FindFieldByName(name) ?? throw new InvalidOperationException($"{message.FullName} has no {name} field: it is not a list message.");
}
