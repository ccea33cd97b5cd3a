using Platform.Disputes.Domain;
using Platform.ServiceDefaults.Metrics;

namespace Platform.Disputes.Data;

/// <summary><c>platform.disputes.open</c>: disputes still open, by the stage they are in.</summary>
internal sealed class DisputeGauges : ISampledGauges
{
    public const string Name = "platform.disputes.open";

    public IReadOnlyList<GaugeDefinition> Gauges { get; } =
        [new(Name, "{dispute}", "Disputes open, by stage (Negotiation, Arbitration, Litigation)")];

    public async Task<IReadOnlyList<GaugeReading>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var rows = await DatabaseCounts.ReadAsync(
            services.GetRequiredService<DisputesDbContext>(),
            $"SELECT stage, count(*) FROM disputes WHERE status = '{DisputeStatus.Open}' GROUP BY stage",
            cancellationToken);

        // Every stage, zero included.
        return [.. Enum.GetValues<DisputeStage>().Select(stage => new GaugeReading(
            Name,
            rows.Where(r => r.Keys[0] == stage.ToString()).Sum(r => r.Count),
            new() { { "dispute.stage", stage.ToString() } }))];
    }
}
