using System.Diagnostics;

namespace Platform.ServiceDefaults.Metrics;

/// <summary>A gauge's name as the meter publishes it (Prometheus: dots become underscores, a unit of "s" adds <c>_seconds</c>).</summary>
/// <param name="Name">E.g. <c>platform.clocks</c>.</param>
/// <param name="Unit">UCUM unit: <c>s</c>, or an annotation such as <c>{clock}</c>.</param>
/// <param name="Description">What it counts, for the metric's HELP line.</param>
public sealed record GaugeDefinition(string Name, string Unit, string Description);

/// <summary>One value of one gauge, for one combination of tags.</summary>
public sealed record GaugeReading(string Name, double Value, TagList Tags);

/// <summary>
/// Gauges of state that lives in the service's database (clocks running, disputes open, the outbox backlog), read
/// every <c>Metrics:SampleInterval</c> by <see cref="GaugeSampler"/> rather than on each scrape, so a scrape never
/// waits on the database and several scrapers cost one query. Every replica reports the same database-wide values:
/// dashboards take the <c>max</c> over instances, not the sum.
/// </summary>
public interface ISampledGauges
{
    /// <summary>The gauges this source reads; each reading names one of them.</summary>
    IReadOnlyList<GaugeDefinition> Gauges { get; }

    /// <summary>Reads the current values; <paramref name="services"/> is a scope of its own.</summary>
    Task<IReadOnlyList<GaugeReading>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken);
}
