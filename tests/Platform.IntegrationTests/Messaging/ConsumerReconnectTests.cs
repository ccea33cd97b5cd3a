using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Messaging;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class ConsumerReconnectTests(PlatformInfrastructure infrastructure, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Consumer_that_lost_RabbitMQ_receives_what_was_published_meanwhile_after_it_returns()
    {
        // Arrange: the consumer reaches RabbitMQ through a proxy; a publisher connects directly.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var proxy = TcpProxy.Start(rabbit.Host, rabbit.Port);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit with { Host = "127.0.0.1", Port = proxy.Port }, output).StartAsync();
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit, output).StartAsync();
        var bus = publisher.Services.GetRequiredService<IBus>();
        var activated = TestEvents.AgreementActivated();

        // Act: the consumer loses RabbitMQ, a message is published meanwhile, and RabbitMQ comes back.
        proxy.Cut();
        await bus.Publish(activated, context => context.MessageId = NewId.NextGuid());
        proxy.Restore();

        // Assert
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, activated.AgreementId) == 1, Timeout, "the consumer applied the message");
    }

    private static async Task<int> CountReceivedAsync(string connectionString, Guid agreementId)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.ReceivedAgreements.CountAsync(r => r.AgreementId == agreementId);
    }
}
