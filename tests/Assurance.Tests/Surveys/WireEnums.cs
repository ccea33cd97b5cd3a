namespace Platform.Assurance.Tests.Surveys;

/// <summary>Compares a domain enum with its wire enum (less the UNSPECIFIED zero) by number and name.</summary>
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
