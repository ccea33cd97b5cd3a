using System.Collections.Concurrent;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Data;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// The Agreements host of <see cref="AgreementsHostFixture"/> with a clock the tests can move forward; its bus,
/// standing in for Complaints, Assurance and Disputes, also receives the BreachDetermined events Agreements publishes.
/// </summary>
public sealed class BreachLedgerFixture : AgreementsHostFixture
{
    private const string DeterminedQueue = "breach-ledger-tests-breach-determined";

    internal BreachClock Clock { get; } = new();

    /// <summary>BreachDetermined events received from Agreements.</summary>
    internal ConcurrentQueue<BreachDetermined> Determined { get; } = new();

    /// <summary>The deadline of a kind and key, or null when none was scheduled.</summary>
    internal async Task<Deadline?> DeadlineAsync(string kind, string key)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementsDbContext>();
        return await db.Set<Deadline>().AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Key == key);
    }

    protected override void ConfigureHost(IWebHostBuilder web) =>
        web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));

    protected override void ConfigureBus(IRabbitMqBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(DeterminedQueue, endpoint => endpoint.Handler<BreachDetermined>(context =>
        {
            Determined.Enqueue(context.Message);
            return Task.CompletedTask;
        }));
}
