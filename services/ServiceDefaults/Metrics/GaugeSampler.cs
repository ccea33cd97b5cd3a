using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Metrics;

/// <summary>
/// Publishes every <see cref="ISampledGauges"/> source as observable gauges on the platform's domain meter, and
/// refreshes their values every <see cref="MetricsOptions.SampleInterval"/>. A source whose read fails reports no
/// values until it reads again: an absent series, which alerts can see, rather than a stale one that looks fine.
/// </summary>
public sealed partial class GaugeSampler : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IReadOnlyList<ISampledGauges> _sources;
    private readonly MetricsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<GaugeSampler> _logger;
    private readonly Meter _meter;
    private ImmutableDictionary<ISampledGauges, IReadOnlyList<GaugeReading>> _latest =
        ImmutableDictionary<ISampledGauges, IReadOnlyList<GaugeReading>>.Empty;

    public GaugeSampler(
        IServiceScopeFactory scopes,
        IEnumerable<ISampledGauges> sources,
        IMeterFactory meters,
        IOptions<MetricsOptions> options,
        TimeProvider time,
        ILogger<GaugeSampler> logger)
    {
        _scopes = scopes;
        _sources = [.. sources];
        _options = options.Value;
        _time = time;
        _logger = logger;
        _meter = meters.Create(PlatformMetrics.MeterName);
        foreach (var gauge in _sources.SelectMany(s => s.Gauges).DistinctBy(g => g.Name))
        {
            _meter.CreateObservableGauge(gauge.Name, () => Observe(gauge.Name), gauge.Unit, gauge.Description);
        }
    }

    /// <summary>Reads every source once now (also what each sampling pass does).</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        foreach (var source in _sources)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var readings = await source.ReadAsync(scope.ServiceProvider, cancellationToken);
                ImmutableInterlocked.Update(ref _latest, latest => latest.SetItem(source, readings));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ImmutableInterlocked.Update(ref _latest, latest => latest.Remove(source));
                LogSampleFailed(ex, source.GetType().Name);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await SampleAsync(stoppingToken);
            await Task.Delay(_options.SampleInterval, _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private IEnumerable<Measurement<double>> Observe(string name) =>
        _latest.Values.SelectMany(readings => readings)
            .Where(r => r.Name == name)
            .Select(r => new Measurement<double>(r.Value, r.Tags));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the gauges of {Source}; they are left out until the next read")]
    private partial void LogSampleFailed(Exception exception, string source);
}
