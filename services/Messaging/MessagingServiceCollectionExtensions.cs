using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Messaging.Backlog;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;
using Platform.Messaging.Wakeups;

namespace Platform.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the outbox (and its relay) and the deadline scheduler on <typeparamref name="TDbContext"/>.
    /// Settings come from <c>Messaging:Outbox</c> and <c>Messaging:Deadlines</c>.
    /// </summary>
    public static IServiceCollection AddReliableMessaging<TDbContext>(this IServiceCollection services, IConfiguration configuration)
        where TDbContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<OutboxOptions>(configuration.GetSection("Messaging:Outbox"));
        services.Configure<DeadlineOptions>(configuration.GetSection("Messaging:Deadlines"));
        services.TryAddSingleton<MessagingWakeups>();
        services.TryAddSingleton<CommitWakeupInterceptor>();
        services.TryAddSingleton<ExistingDeadlineKeys>();
        services.ConfigureDbContext<TDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<CommitWakeupInterceptor>()));
        services.AddScoped<IOutbox, EfOutbox<TDbContext>>();
        services.AddScoped<IDeadlines, EfDeadlines<TDbContext>>();
        services.AddScoped<IMessagingBacklog, EfMessagingBacklog<TDbContext>>();
        services.AddHostedService<OutboxRelay<TDbContext>>();
        services.AddHostedService<DeadlineScheduler<TDbContext>>();
        return services;
    }

    /// <summary>Registers the handler of one kind of deadline.</summary>
    public static IServiceCollection AddDeadlineHandler<THandler>(this IServiceCollection services)
        where THandler : class, IDeadlineHandler
    {
        services.AddScoped<IDeadlineHandler, THandler>();
        return services;
    }
}
