using MassTransit;

namespace Platform.ServiceDefaults.Bus;

/// <summary>
/// Hands every message to its consumer twice, one delivery after the other: a fault-test switch
/// (<c>RabbitMq:DuplicateEveryDelivery</c>) that proves the inboxes apply each message once. Never on in production.
/// </summary>
internal sealed class DuplicateDeliveryFilter<TMessage> : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        await next.Send(context);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("duplicate-delivery");
}
