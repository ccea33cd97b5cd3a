using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Messaging;
using Platform.ServiceDefaults.Metrics;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Bus;

public static class MessageBusRegistration
{
    /// <summary>
    /// MassTransit on RabbitMQ, configured once for every service: publisher confirms, queues named
    /// <c>{service}-{consumer}</c> so two services never compete for each other's messages, immediate
    /// retries that skip broken rules, then the <c>_error</c> queue. Also adds the outbox relay and the
    /// deadline scheduler on <typeparamref name="TDbContext"/>. The service lists only its consumers.
    /// </summary>
    public static WebApplicationBuilder AddMessageBus<TDbContext>(
        this WebApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator> consumers)
        where TDbContext : DbContext
    {
        builder.Services.Configure<RabbitMqOptions>(builder.Configuration.GetSection("RabbitMq"));
        builder.Services.AddHealthChecks().AddCheck<MessageBusHealthCheck>("message-bus", tags: [HealthTags.Ready, HealthTags.Dependency]);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            consumers(bus);
            bus.UsingRabbitMq((context, cfg) =>
            {
                var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                {
                    host.Username(rabbit.Username);
                    host.Password(rabbit.Password);
                    host.PublisherConfirmation = true;
                });
                // No delayed redelivery: Debian's RabbitMQ lacks the delayed-message exchange.
                if (rabbit.DuplicateEveryDelivery)
                {
                    cfg.UseConsumeFilter(typeof(DuplicateDeliveryFilter<>), context);
                }

                cfg.UseMessageRetry(retry => retry
                    .Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200))
                    .Ignore<RuleViolationException>());
                cfg.ConfigureEndpoints(context);
            });
        });

        // After the bus: hosted services stop in reverse order, so on shutdown the scheduler finishes its pass, then
        // the relay sends what is committed, and only then does the bus stop.
        builder.Services.AddReliableMessaging<TDbContext>(builder.Configuration);
        builder.Services.AddSampledGauges<OutboxGauges>();
        return builder;
    }
}
