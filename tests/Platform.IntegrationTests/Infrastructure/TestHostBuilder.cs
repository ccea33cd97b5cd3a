using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Builds an in-process service host wired like a real one (<c>AddServiceDatabase</c> + <c>AddMessageBus</c>)
/// on a test's database and virtual host, with short polling intervals so tests finish in seconds.
/// </summary>
public sealed class TestHostBuilder<TDbContext>(string connectionString, RabbitEndpoint rabbit)
    where TDbContext : DbContext
{
    private readonly List<Action<IBusRegistrationConfigurator>> _consumers = [];
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["ConnectionStrings:Database"] = connectionString,
        ["RabbitMq:Host"] = rabbit.Host,
        ["RabbitMq:Port"] = rabbit.Port.ToString(CultureInfo.InvariantCulture),
        ["RabbitMq:VirtualHost"] = rabbit.VirtualHost,
        ["RabbitMq:Username"] = rabbit.Username,
        ["RabbitMq:Password"] = rabbit.Password,
        ["Messaging:Outbox:PollInterval"] = "00:00:00.05",
        ["Messaging:Outbox:RetryDelay"] = "00:00:00.1",
        ["Messaging:Outbox:MaxRetryDelay"] = "00:00:00.5",
        ["Messaging:Deadlines:PollInterval"] = "00:00:00.05",
        ["Messaging:Deadlines:RetryDelay"] = "00:00:00.2",
        ["Database:MigrateOnStartup"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private string _serviceName = "test";
    private bool _waitForBroker = true;
    private ITestOutputHelper? _output;

    /// <summary>The service name; queues are named after it, so hosts with the same name compete for messages.</summary>
    public TestHostBuilder<TDbContext> ForService(string serviceName)
    {
        _serviceName = serviceName;
        return this;
    }

    public TestHostBuilder<TDbContext> WithConsumer<TConsumer>(Action<IEndpointRegistrationConfigurator>? endpoint = null)
        where TConsumer : class, IConsumer
    {
        _consumers.Add(bus =>
        {
            var consumer = bus.AddConsumer<TConsumer>();
            if (endpoint is not null)
            {
                consumer.Endpoint(endpoint);
            }
        });
        return this;
    }

    public TestHostBuilder<TDbContext> WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public TestHostBuilder<TDbContext> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts without waiting for the bus to connect (for a broker that is down).</summary>
    public TestHostBuilder<TDbContext> WithoutWaitingForBroker()
    {
        _waitForBroker = false;
        return this;
    }

    /// <summary>Sends the host's warnings and errors to the test's output.</summary>
    public TestHostBuilder<TDbContext> LoggingTo(ITestOutputHelper output)
    {
        _output = output;
        return this;
    }

    public async Task<TestHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        // Only the test's settings: no appsettings.json that a referenced service copies into the output, no environment.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.ClearProviders();
        if (_output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLoggerProvider(_output, _serviceName));
        }

        builder.AddServiceDatabase<TDbContext>();
        builder.AddMessageBus<TDbContext>(_serviceName, bus => _consumers.ForEach(add => add(bus)));
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // Waiting means the consumers' queues and bindings exist before the test publishes.
            options.WaitUntilStarted = _waitForBroker;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        _services.ForEach(configure => configure(builder.Services));

        var app = builder.Build();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new TestHost(app);
    }
}
