namespace Platform.Agreements.Domain.Breaches;

/// <summary>Which complaints a resolution rate counts (clause 2.3.2).</summary>
public enum ResolutionScope
{
    /// <summary>All complaints, judged against R%.</summary>
    All,

    /// <summary>Major complaints only, judged against R_major%.</summary>
    Major,
}
