using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.Agreements;

namespace Platform.AgreementReplica.Messaging;

public static class KnownAgreementConsumers
{
    /// <summary>
    /// Keeps <c>known_agreements</c> (and their terms versions) of <typeparamref name="TDbContext"/> up to date
    /// from the Agreements lifecycle and terms events, all on one queue <c>{serviceName}-agreement-lifecycle</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddKnownAgreementConsumers<TDbContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TDbContext : DbContext
    {
        var queue = $"{serviceName}-agreement-lifecycle";
        bus.AddConsumer<AgreementLifecycleConsumer<AgreementActivated, TDbContext>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<AgreementLifecycleConsumer<AgreementSuspended, TDbContext>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<AgreementLifecycleConsumer<AgreementResumed, TDbContext>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<AgreementLifecycleConsumer<AgreementTerminated, TDbContext>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<AgreementLifecycleConsumer<AgreementExpired, TDbContext>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<AgreementTermsAmendedConsumer<TDbContext>>().Endpoint(e => e.Name = queue);
        return bus;
    }

    /// <summary>
    /// Runs <typeparamref name="THandler"/> (scoped, like the consumers) whenever a fact changes the copy of an
    /// agreement, in the same transaction as the change.
    /// </summary>
    public static IServiceCollection AddAgreementChangeHandler<THandler>(this IServiceCollection services)
        where THandler : class, IAgreementChangeHandler =>
        services.AddScoped<IAgreementChangeHandler, THandler>();
}
