using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Platform.AgreementReplica.Messaging;

public static class KnownAgreementConsumers
{
    /// <summary>
    /// Keeps <c>known_agreements</c> of <typeparamref name="TDbContext"/> up to date from the Agreements
    /// events, on queues <c>{serviceName}-agreement-activated</c> and <c>{serviceName}-agreement-expired</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddKnownAgreementConsumers<TDbContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TDbContext : DbContext
    {
        // Named here because the endpoint formatter's name for a generic consumer type is unreadable.
        bus.AddConsumer<AgreementActivatedConsumer<TDbContext>>().Endpoint(e => e.Name = $"{serviceName}-agreement-activated");
        bus.AddConsumer<AgreementExpiredConsumer<TDbContext>>().Endpoint(e => e.Name = $"{serviceName}-agreement-expired");
        return bus;
    }
}
