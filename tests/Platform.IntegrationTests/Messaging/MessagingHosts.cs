using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Messaging;

/// <summary>The hosts the messaging tests start: a publishing service, a consuming service, a deadline-owning service.</summary>
internal static class MessagingHosts
{
    /// <summary>A service whose outbox relay publishes to <paramref name="rabbit"/>.</summary>
    public static TestHostBuilder<TestDbContext> Publisher(string connectionString, RabbitEndpoint rabbit, ITestOutputHelper output) =>
        new TestHostBuilder<TestDbContext>(connectionString, rabbit).ForService("publisher").LoggingTo(output);

    /// <summary>A service that consumes AgreementActivated with <see cref="AgreementActivatedConsumer"/> and logs deliveries in <see cref="DeliveryLog"/>.</summary>
    public static TestHostBuilder<TestDbContext> Consumer(
        string connectionString, RabbitEndpoint rabbit, ITestOutputHelper output, Action<IEndpointRegistrationConfigurator>? endpoint = null) =>
        new TestHostBuilder<TestDbContext>(connectionString, rabbit)
            .ForService("consumer")
            .WithConsumer<AgreementActivatedConsumer>(endpoint)
            .WithServices(services =>
            {
                services.AddSingleton<DeliveryLog>();
                services.AddConsumeObserver(provider => provider.GetRequiredService<DeliveryLog>());
            })
            .LoggingTo(output);

    /// <summary>A service whose deadline scheduler fires <see cref="RecordingDeadlineHandler"/> deadlines, named <paramref name="hostName"/>.</summary>
    public static TestHostBuilder<TestDbContext> Scheduler(string connectionString, RabbitEndpoint rabbit, ITestOutputHelper output, string hostName) =>
        new TestHostBuilder<TestDbContext>(connectionString, rabbit)
            .ForService("scheduler")
            .WithServices(services => services.AddDeadlineHandler<RecordingDeadlineHandler>().AddDeadlineHandler<RearmingDeadlineHandler>())
            .WithSetting(RecordingDeadlineHandler.HostNameSetting, hostName)
            .LoggingTo(output);
}
