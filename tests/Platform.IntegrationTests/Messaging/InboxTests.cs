using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Messaging;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class InboxTests(PlatformInfrastructure infrastructure, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Message_delivered_twice_is_applied_once()
    {
        // Arrange
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        var bus = consumer.Services.GetRequiredService<IBus>();
        var deliveries = consumer.Services.GetRequiredService<DeliveryLog>();
        var activated = TestEvents.AgreementActivated();
        var messageId = NewId.NextGuid();

        // Act: the same message (same message id) arrives twice, as after a lost publisher confirm.
        await bus.Publish(activated, context => context.MessageId = messageId);
        await bus.Publish(activated, context => context.MessageId = messageId);

        // Assert
        await Eventually.AssertAsync(() => Task.FromResult(deliveries.Handled(messageId) >= 2), Timeout, "both deliveries were handled");
        Assert.Equal(1, await CountReceivedAsync(consumerDb, activated.AgreementId));
    }

    [Fact]
    public async Task Message_delivered_concurrently_to_two_instances_is_applied_once()
    {
        // Arrange: two replicas of the consumer compete on one queue, each handling several messages at once.
        const int Copies = 20;
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        Action<IEndpointRegistrationConfigurator> concurrent = endpoint =>
        {
            endpoint.PrefetchCount = 8;
            endpoint.ConcurrentMessageLimit = 8;
        };
        await using var consumerA = await MessagingHosts.Consumer(consumerDb, rabbit, output, concurrent).StartAsync();
        await using var consumerB = await MessagingHosts.Consumer(consumerDb, rabbit, output, concurrent).StartAsync();
        var bus = consumerA.Services.GetRequiredService<IBus>();
        var activated = TestEvents.AgreementActivated();
        var messageId = NewId.NextGuid();

        // Act
        await Task.WhenAll(Enumerable.Range(0, Copies)
            .Select(_ => bus.Publish(activated, context => context.MessageId = messageId)));

        // Assert
        await Eventually.AssertAsync(
            () => Task.FromResult(Handled(consumerA, messageId) + Handled(consumerB, messageId) >= Copies), Timeout, "every copy was handled");
        Assert.Equal(1, await CountReceivedAsync(consumerDb, activated.AgreementId));
    }

    [Fact]
    public async Task Same_event_with_a_new_message_id_is_applied_again()
    {
        // Arrange
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        var bus = consumer.Services.GetRequiredService<IBus>();
        var activated = TestEvents.AgreementActivated();
        await bus.Publish(activated, context => context.MessageId = NewId.NextGuid());
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, activated.AgreementId) == 1, Timeout, "the first message was applied");

        // Act: the inbox keys on the message id, not on the content.
        await bus.Publish(activated, context => context.MessageId = NewId.NextGuid());

        // Assert
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, activated.AgreementId) == 2, Timeout, "the second message was applied");
    }

    private static int Handled(TestHost consumer, Guid messageId) =>
        consumer.Services.GetRequiredService<DeliveryLog>().Handled(messageId);

    private static async Task<int> CountReceivedAsync(string connectionString, Guid agreementId)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.ReceivedAgreements.CountAsync(r => r.AgreementId == agreementId);
    }
}
