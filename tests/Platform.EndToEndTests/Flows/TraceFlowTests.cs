using System.Diagnostics;
using Grpc.Core;
using Platform.Contracts.Agreements.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.EndToEndTests.Infrastructure.Telemetry;
using Platform.EndToEndTests.Infrastructure.Telemetry.Otlp;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Platform.EndToEndTests.Flows;

/// <summary>
/// DESIGN §4 OpenTelemetry: one trace runs from the gRPC call through the outbox and RabbitMQ into the
/// consumers of the next services, as an operator sees it in a tracing back end.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class TraceFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    private static readonly string[] ConsumingServices = ["complaints", "assurance", "disputes"];

    [Fact]
    public Task Signing_an_agreement_is_one_trace_from_the_Agreements_call_to_the_consumers_in_the_other_contexts() => platform.RunAsync(output, async () =>
    {
        var draft = (await platform.Agreements.CreateAgreementAsync(Requests.Agreement())).Agreement;
        // The caller's trace context, as a traced front end sends it; its own span is not exported.
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpanId = ActivitySpanId.CreateRandom();
        platform.Telemetry.Watch(traceId);

        await platform.Agreements.SignAgreementAsync(
            new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version },
            new Metadata { { "traceparent", $"00-{traceId.ToHexString()}-{callerSpanId.ToHexString()}-01" } });

        foreach (var service in ConsumingServices)
        {
            var chain = await ChainAsync(traceId, service);
            output.WriteLine(string.Join($"{Environment.NewLine}  <- ", chain));
            var signCall = chain[^1];
            Assert.Equal("agreements", signCall.Service);
            Assert.Equal(callerSpanId, signCall.ParentSpanId);
            // The event went out through the outbox relay, which continued the request's trace.
            Assert.Contains(chain, span => span.Service == "agreements" && span.Scope == "Platform.Messaging" && span.Kind == SpanKind.Producer);
        }
    });

    /// <summary>
    /// Waits until the trace holds a MassTransit consumer span of <paramref name="service"/> whose parents lead,
    /// span by span, to the SignAgreement server span of Agreements; returns that chain, consumer first. On
    /// timeout it fails saying where the chain breaks.
    /// </summary>
    private async Task<IReadOnlyList<ReceivedSpan>> ChainAsync(ActivityTraceId traceId, string service)
    {
        var broken = "no span exported yet";
        try
        {
            return await Eventually.FindAsync<IReadOnlyList<ReceivedSpan>>(
                () =>
                {
                    var spans = platform.Telemetry.SpansOf(traceId);
                    var chain = Chain(spans, service, out broken);
                    return Task.FromResult<IReadOnlyList<ReceivedSpan>?>(chain);
                },
                TimeSpan.FromSeconds(60),
                $"a {service} consumer span in trace {traceId} under the SignAgreement call");
        }
        catch (XunitException ex)
        {
            var spans = string.Join(Environment.NewLine, platform.Telemetry.SpansOf(traceId).Select(span => $"  {span}"));
            throw new XunitException($"{ex.Message} The chain breaks: {broken}. Spans of the trace:{Environment.NewLine}{spans}");
        }
    }

    private static List<ReceivedSpan>? Chain(IReadOnlyList<ReceivedSpan> spans, string service, out string broken)
    {
        var byId = spans.GroupBy(span => span.SpanId).ToDictionary(g => g.Key, g => g.First());
        var consumers = spans.Where(span => span.Service == service && span.Scope == "MassTransit" && span.Kind == SpanKind.Consumer).ToList();
        if (!spans.Any(IsSignAgreementCall))
        {
            broken = "no SignAgreement server span of agreements in the trace";
            return null;
        }

        if (consumers.Count == 0)
        {
            broken = $"no MassTransit consumer span of {service} in the trace";
            return null;
        }

        broken = string.Empty;
        foreach (var consumer in consumers)
        {
            var chain = new List<ReceivedSpan> { consumer };
            var current = consumer;
            while (!IsSignAgreementCall(current))
            {
                if (current.ParentSpanId is not { } parentId)
                {
                    broken = $"{current} is a root span";
                    break;
                }

                if (!byId.TryGetValue(parentId, out var parent))
                {
                    broken = $"the parent {parentId} of {current} was not exported";
                    break;
                }

                chain.Add(parent);
                current = parent;
            }

            if (IsSignAgreementCall(current))
            {
                return chain;
            }
        }

        return null;
    }

    private static bool IsSignAgreementCall(ReceivedSpan span) =>
        span.Service == "agreements"
        && span.Kind == SpanKind.Server
        && (span.Name.EndsWith("/SignAgreement", StringComparison.Ordinal)
            || span.Attributes.Values.Any(value => value.EndsWith("/SignAgreement", StringComparison.Ordinal)));
}
