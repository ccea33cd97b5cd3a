namespace Platform.Tests.Shared;

/// <summary>
/// gRPC adapters convert domain enums to wire enums by number; this checks each number means the same on both
/// sides (the wire's UNSPECIFIED zero aside). Compiled into each unit-test project that needs it.
/// </summary>
internal static class WireEnums
{
    public static void AssertSameMembers<TDomain, TWire>()
        where TDomain : struct, Enum
        where TWire : struct, Enum
    {
        var domain = Enum.GetValues<TDomain>().ToDictionary(v => (int)(object)v, v => v.ToString());
        var wire = Enum.GetValues<TWire>().Where(v => (int)(object)v != 0).ToDictionary(v => (int)(object)v, v => v.ToString());
        Assert.Equal(wire.OrderBy(p => p.Key), domain.OrderBy(p => p.Key));
    }
}
