using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.Agreements;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Messaging;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class OutboxRelayTests(PlatformInfrastructure infrastructure, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Event_committed_while_RabbitMQ_is_down_is_delivered_after_it_returns()
    {
        // Arrange: the publisher reaches RabbitMQ only through a proxy that is cut; the consumer connects directly.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        await using var proxy = TcpProxy.Start(rabbit.Host, rabbit.Port);
        proxy.Cut();
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit with { Host = "127.0.0.1", Port = proxy.Port }, output)
            .WithoutWaitingForBroker()
            .WithSetting("Messaging:Outbox:PublishTimeout", "00:00:01")
            .StartAsync();
        var activated = TestEvents.AgreementActivated();

        // Act: the event commits while the broker is unreachable.
        await EnqueueAsync(publisher, [activated]);

        // Assert: the relay keeps trying, the event waits in the outbox.
        await Eventually.AssertAsync(
            async () => (await OutboxRowAsync(publisherDb)).Attempts >= 2, Timeout, "the relay tried to publish twice");
        var waiting = await OutboxRowAsync(publisherDb);
        Assert.Null(waiting.SentAt);
        Assert.Equal(0, await CountReceivedAsync(consumerDb, activated.AgreementId));

        // Act: the broker returns.
        proxy.Restore();

        // Assert: delivered once, with the outbox row's message id, and the row is marked sent.
        await Eventually.AssertAsync(
            async () => (await OutboxRowAsync(publisherDb)).SentAt is not null, Timeout, "the outbox row was marked sent");
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, activated.AgreementId) > 0, Timeout, "the consumer applied the event");
        Assert.Equal(1, await CountReceivedAsync(consumerDb, activated.AgreementId));
        await using var consumerContext = TestDbContext.Connect(consumerDb);
        var inbox = await consumerContext.Set<InboxMessage>().SingleAsync();
        Assert.Equal(waiting.MessageId, inbox.MessageId);
    }

    [Fact]
    public async Task Publish_the_broker_never_confirms_is_given_up_and_sent_again_once_the_network_heals()
    {
        // Arrange: the publisher reaches RabbitMQ through a proxy; a first event declares the exchange and opens the channel.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        await using var proxy = TcpProxy.Start(rabbit.Host, rabbit.Port);
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit with { Host = "127.0.0.1", Port = proxy.Port }, output)
            .WithSetting("Messaging:Outbox:PublishTimeout", "00:00:01")
            .StartAsync();
        var first = TestEvents.AgreementActivated();
        await EnqueueAsync(publisher, [first]);
        await Eventually.AssertAsync(async () => await CountReceivedAsync(consumerDb, first.AgreementId) == 1, Timeout, "the first event arrived");

        // Act: the network drops everything without closing the connection, so the confirmation never comes.
        proxy.Stall();
        var held = TestEvents.AgreementActivated();
        await EnqueueAsync(publisher, [held]);

        // Assert: the relay gives up waiting, commits the failure and keeps trying, instead of holding its batch open.
        await using var publisherContext = TestDbContext.Connect(publisherDb);
        await Eventually.AssertAsync(
            async () => await publisherContext.Set<OutboxMessage>().AnyAsync(m => m.SentAt == null && m.Attempts >= 2),
            Timeout,
            "the unconfirmed publish was given up and tried again");

        // Act: the network heals; what it held back arrives too.
        proxy.Resume();

        // Assert: the event arrives, is applied once, and its row is marked sent.
        await Eventually.AssertAsync(
            async () => !await publisherContext.Set<OutboxMessage>().AnyAsync(m => m.SentAt == null), Timeout, "every outbox row was marked sent");
        await Eventually.AssertAsync(async () => await CountReceivedAsync(consumerDb, held.AgreementId) == 1, Timeout, "the held event arrived");
    }

    [Fact]
    public async Task Two_relays_on_one_outbox_send_each_message_exactly_once()
    {
        // Arrange: two replicas of the publisher share one outbox; the consumer takes one message at a time,
        // so the queue is consumed in the order the broker received it.
        const int Transactions = 4;
        const int PerTransaction = 50;
        const int Count = Transactions * PerTransaction;
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output, endpoint =>
            {
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
            })
            .StartAsync();
        await using var relayA = await MessagingHosts.Publisher(publisherDb, rabbit, output).StartAsync();
        await using var relayB = await MessagingHosts.Publisher(publisherDb, rabbit, output).StartAsync();
        var deliveries = consumer.Services.GetRequiredService<DeliveryLog>();

        // Act: several commits, so both relays find work while the other may be publishing.
        for (var transaction = 0; transaction < Transactions; transaction++)
        {
            await EnqueueAsync(relayA, Enumerable.Range((transaction * PerTransaction) + 1, PerTransaction)
                .Select(version => TestEvents.AgreementActivated(version)));
        }

        // Assert: every row is sent; then one more event, published after all of them, arrives after any
        // copy of theirs would have (one queue, one message at a time), so the count below is final.
        await using var publisherContext = TestDbContext.Connect(publisherDb);
        await Eventually.AssertAsync(
            async () => !await publisherContext.Set<OutboxMessage>().AnyAsync(m => m.SentAt == null), Timeout, "every outbox row was marked sent");
        var last = TestEvents.AgreementActivated(Count + 1);
        await EnqueueAsync(relayA, [last]);
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, last.AgreementId) == 1, Timeout, "the last event arrived");
        await Eventually.AssertAsync(() => Task.FromResult(deliveries.HandledTotal >= Count + 1), Timeout, "every delivery was handled");
        Assert.Equal(Count + 1, deliveries.HandledTotal);
        await using var consumerContext = TestDbContext.Connect(consumerDb);
        var received = await consumerContext.ReceivedAgreements.Select(r => r.AgreementVersion).OrderBy(v => v).ToListAsync();
        Assert.Equal(Enumerable.Range(1, Count + 1).Select(v => (long)v), received);
    }

    [Fact]
    public async Task Events_with_one_ordering_key_arrive_in_outbox_order_while_others_interleave()
    {
        // Arrange: the consumer takes one message at a time, so it applies them in the order the broker got them.
        const int PerAgreement = 120;
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output, endpoint =>
            {
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
            })
            .StartAsync();
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit, output).StartAsync();
        var agreementA = Guid.NewGuid();
        var agreementB = Guid.NewGuid();

        // Act: two agreements' facts, interleaved in the outbox, each keyed by its agreement.
        var events = Enumerable.Range(1, PerAgreement).SelectMany(version => new[]
        {
            TestEvents.AgreementActivated(version) with { AgreementId = agreementA },
            TestEvents.AgreementActivated(version) with { AgreementId = agreementB },
        });
        await EnqueueAsync(publisher, events, e => e.AgreementId.ToString());

        // Assert: each agreement's versions arrive in the order they were enqueued.
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, agreementA) + await CountReceivedAsync(consumerDb, agreementB) == 2 * PerAgreement,
            Timeout,
            "every event arrived");
        await using var consumerContext = TestDbContext.Connect(consumerDb);
        foreach (var agreement in new[] { agreementA, agreementB })
        {
            var arrived = await consumerContext.ReceivedAgreements
                .Where(r => r.AgreementId == agreement).OrderBy(r => r.Id).Select(r => r.AgreementVersion).ToListAsync();
            Assert.Equal(Enumerable.Range(1, PerAgreement).Select(v => (long)v), arrived);
        }
    }

    [Fact]
    public async Task Message_that_cannot_be_published_holds_back_only_its_own_key()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit, output).StartAsync();
        var blocked = TestEvents.AgreementActivated();
        var free = TestEvents.AgreementActivated();
        await using (var db = TestDbContext.Connect(publisherDb))
        {
            // A row no relay can publish (its type is unknown), ahead of a valid event of the same key.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO outbox_messages (message_id, message_type, payload, ordering_key, created_at, attempts)
                VALUES ({Guid.NewGuid()}, 'Platform.Contracts.Events.Removed', CAST({"{}"} AS jsonb), {blocked.AgreementId.ToString()}, now(), 0)
                """);
        }

        await EnqueueAsync(publisher, [blocked, free], e => e.AgreementId.ToString());

        await Eventually.AssertAsync(async () => await CountReceivedAsync(consumerDb, free.AgreementId) == 1, Timeout, "the other key's event arrived");
        await using var publisherContext = TestDbContext.Connect(publisherDb);
        await Eventually.AssertAsync(
            async () => await publisherContext.Set<OutboxMessage>().AnyAsync(m => m.MessageType.EndsWith(".Removed") && m.Attempts >= 2),
            Timeout,
            "the unpublishable row was retried");
        Assert.Equal(0, await CountReceivedAsync(consumerDb, blocked.AgreementId));
        Assert.True(await publisherContext.Set<OutboxMessage>().AnyAsync(m => m.OrderingKey == blocked.AgreementId.ToString() && m.SentAt == null && m.Attempts == 0));
    }

    [Fact]
    public async Task Committed_event_wakes_the_relay_instead_of_waiting_for_its_poll()
    {
        // Arrange: a relay that, left alone, would not look at the outbox again for ten minutes.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit, output).WithSetting("Messaging:Outbox:PollInterval", "00:10:00").StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1)); // its first look, at start, found the outbox empty
        var activated = TestEvents.AgreementActivated();

        // Act
        await EnqueueAsync(publisher, [activated]);

        // Assert
        await Eventually.AssertAsync(
            async () => await CountReceivedAsync(consumerDb, activated.AgreementId) == 1, Timeout, "the event arrived long before the next poll");
    }

    [Fact]
    public async Task Stopping_the_service_sends_everything_committed_before_the_bus_stops()
    {
        // Arrange: a consumer, and a publisher that relays ten messages a batch.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var publisherDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var consumerDb = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var consumer = await MessagingHosts.Consumer(consumerDb, rabbit, output).StartAsync();
        await using var publisher = await MessagingHosts.Publisher(publisherDb, rabbit, output)
            .WithSetting("Messaging:Outbox:BatchSize", "10")
            .StartAsync();
        var events = Enumerable.Range(0, 1000).Select(_ => TestEvents.AgreementActivated()).ToList();

        // Act: a thousand events commit, and the service is told to stop at once, as by SIGTERM: far more than the
        // batch in flight is still unsent.
        await EnqueueAsync(publisher, events);
        await publisher.StopAsync();

        // Assert: the stop waited for the relay to send every committed event, and they all arrive once.
        await using (var publisherContext = TestDbContext.Connect(publisherDb))
        {
            Assert.Equal(0, await publisherContext.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
        }

        await using var consumerContext = TestDbContext.Connect(consumerDb);
        await Eventually.AssertAsync(
            async () => await consumerContext.ReceivedAgreements.CountAsync() == events.Count, Timeout, "every event arrived");
        Assert.Equal(events.Count, await consumerContext.ReceivedAgreements.Select(r => r.AgreementId).Distinct().CountAsync());
    }

    private static Task EnqueueAsync(TestHost publisher, IEnumerable<AgreementActivated> events, Func<AgreementActivated, string>? orderingKey = null) =>
        publisher.InScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<IOutbox>();
            foreach (var activated in events)
            {
                if (orderingKey is null)
                {
                    outbox.Enqueue(activated);
                }
                else
                {
                    outbox.Enqueue(activated, orderingKey(activated));
                }
            }

            await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
        });

    private static async Task<OutboxMessage> OutboxRowAsync(string connectionString)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.Set<OutboxMessage>().SingleAsync();
    }

    private static async Task<int> CountReceivedAsync(string connectionString, Guid agreementId)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.ReceivedAgreements.CountAsync(r => r.AgreementId == agreementId);
    }
}
