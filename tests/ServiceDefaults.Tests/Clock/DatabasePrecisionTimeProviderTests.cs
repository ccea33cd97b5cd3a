using Microsoft.Extensions.Time.Testing;

namespace Platform.ServiceDefaults.Tests.Clock;

public sealed class DatabasePrecisionTimeProviderTests
{
    [Fact]
    public void Now_is_cut_to_the_microsecond_PostgreSQL_keeps()
    {
        var inner = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        var clock = new DatabasePrecisionTimeProvider(inner);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), clock.GetUtcNow());
    }

    [Fact]
    public void A_time_already_in_microseconds_is_unchanged()
    {
        var exact = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

        Assert.Equal(exact, new DatabasePrecisionTimeProvider(new FakeTimeProvider(exact)).GetUtcNow());
    }
}
