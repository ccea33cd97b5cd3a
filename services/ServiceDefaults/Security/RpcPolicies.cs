using System.Collections.Frozen;

namespace Platform.ServiceDefaults.Security;

/// <summary>Every policy table of the host, looked up by method path; a method without a rule is refused.</summary>
public sealed class RpcPolicies(IEnumerable<RpcPolicy> policies)
{
    private readonly FrozenDictionary<string, RpcRule> _rules =
        policies.SelectMany(p => p.Rules).ToFrozenDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);

    /// <summary>The rule of <paramref name="methodPath"/>, or null when none was declared (the call is refused).</summary>
    public RpcRule? Find(string methodPath) => _rules.GetValueOrDefault(methodPath);
}
