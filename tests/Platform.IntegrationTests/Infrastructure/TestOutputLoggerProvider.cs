using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Writes a host's log to the output of the test that started it.</summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper output, string hostName) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TestOutputLogger(output, hostName, categoryName);

    public void Dispose()
    {
    }

    // Warnings are mostly expected here (a broker that is down), so their stack traces are left out.
    private static string Describe(LogLevel logLevel, Exception? exception) => exception switch
    {
        null => string.Empty,
        _ when logLevel >= LogLevel.Error => Environment.NewLine + exception,
        _ => $" ({exception.GetType().Name}: {exception.Message})",
    };

    private sealed class TestOutputLogger(ITestOutputHelper output, string hostName, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} [{hostName}] {logLevel} {category}: {formatter(state, exception)}"
                    + Describe(logLevel, exception));
            }
            catch (InvalidOperationException)
            {
                // The test has finished; its output is closed.
            }
        }
    }
}
