using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>A started in-process service host; disposing it stops it as a deployment would.</summary>
public sealed class TestHost(WebApplication app) : IAsyncDisposable
{
    private bool _stopped;

    public IServiceProvider Services => app.Services;

    /// <summary>Runs <paramref name="work"/> in a scope of its own, like one request.</summary>
    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own and returns its result.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Stops the hosted services (relay, scheduler, bus) gracefully.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
