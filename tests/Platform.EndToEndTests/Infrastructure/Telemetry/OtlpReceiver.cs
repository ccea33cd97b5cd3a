using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.EndToEndTests.Infrastructure.Telemetry.Otlp;

namespace Platform.EndToEndTests.Infrastructure.Telemetry;

/// <summary>
/// A minimal OTLP/HTTP collector in the test process (Kestrel on loopback): the services export to it
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>http/protobuf</c>). It keeps the spans of the traces a test
/// watches and accepts and drops everything else (other traces, metrics, logs), so memory stays small.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private const string ProtobufContentType = "application/x-protobuf";

    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<ReceivedSpan>> _watched = new();
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    /// <summary>The base address for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; the exporters add <c>/v1/traces</c> and so on.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            var body = await ReadBodyAsync(request);
            receiver.Keep(ExportTraceServiceRequest.Parser.ParseFrom(body));
            return Accepted();
        });
        app.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            await ReadBodyAsync(request);
            return Accepted();
        });
        app.MapPost("/v1/logs", async (HttpRequest request) =>
        {
            await ReadBodyAsync(request);
            return Accepted();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    /// <summary>Keeps the spans of <paramref name="traceId"/> from now on; call it before starting the trace.</summary>
    public void Watch(ActivityTraceId traceId) => _watched.TryAdd(traceId, new ConcurrentQueue<ReceivedSpan>());

    /// <summary>The spans of a watched trace received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedSpan> SpansOf(ActivityTraceId traceId) =>
        _watched.TryGetValue(traceId, out var spans) ? [.. spans] : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Keep(ExportTraceServiceRequest export)
    {
        foreach (var resourceSpans in export.ResourceSpans)
        {
            var service = resourceSpans.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? string.Empty;
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                foreach (var span in scopeSpans.Spans)
                {
                    if (span.TraceId.Length == 16
                        && _watched.TryGetValue(ActivityTraceId.CreateFromBytes(span.TraceId.Span), out var spans))
                    {
                        spans.Enqueue(ReceivedSpan.From(service, scopeSpans.Scope?.Name ?? string.Empty, span));
                    }
                }
            }
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        Stream body = request.Body;
        await using var gzip = request.Headers.ContentEncoding == "gzip" ? new GZipStream(body, CompressionMode.Decompress) : null;
        using var buffer = new MemoryStream();
        await (gzip ?? body).CopyToAsync(buffer);
        return buffer.ToArray();
    }

    // An empty Export*ServiceResponse: everything accepted.
    private static IResult Accepted() => Results.Bytes(ByteString.Empty.ToByteArray(), ProtobufContentType);
}

/// <summary>One exported span: the service (<c>service.name</c>), the ActivitySource that made it, and its place in the trace.</summary>
public sealed record ReceivedSpan(
    string Service,
    string Scope,
    string Name,
    SpanKind Kind,
    ActivitySpanId SpanId,
    ActivitySpanId? ParentSpanId,
    IReadOnlyDictionary<string, string> Attributes)
{
    internal static ReceivedSpan From(string service, string scope, Span span) => new(
        service,
        scope,
        span.Name,
        span.Kind,
        ActivitySpanId.CreateFromBytes(span.SpanId.Span),
        span.ParentSpanId.Length == 8 ? ActivitySpanId.CreateFromBytes(span.ParentSpanId.Span) : null,
        span.Attributes
            .Where(a => a.Value is not null)
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Text(g.First().Value), StringComparer.Ordinal));

    private static string Text(AnyValue value) => value.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    public override string ToString() =>
        $"{Service}/{Scope} {Kind} \"{Name}\" span {SpanId} parent {(ParentSpanId is { } parent ? parent.ToHexString() : "none")}";
}
