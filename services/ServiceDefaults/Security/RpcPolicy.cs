using System.Collections.Frozen;
using Google.Protobuf.Reflection;

namespace Platform.ServiceDefaults.Security;

/// <summary>What an RPC does, for the audit trail: every change is recorded, reads are not.</summary>
public enum RpcKind
{
    /// <summary>Open to anyone (health, reflection).</summary>
    Probe,

    /// <summary>Reads and changes nothing.</summary>
    Read,

    /// <summary>Changes something; audited.</summary>
    Change,
}

/// <summary>Who may call one RPC: anyone (probes), or a caller holding one of <see cref="Roles"/>.</summary>
public sealed record RpcRule(RpcKind Kind, IReadOnlySet<string> Roles)
{
    public static RpcRule Open { get; } = new(RpcKind.Probe, FrozenSet<string>.Empty);

    public bool IsOpen => Kind == RpcKind.Probe;

    public bool Allows(Func<string, bool> hasRole) => IsOpen || Roles.Any(hasRole);
}

/// <summary>
/// The policy table of one gRPC service: a rule for every RPC of its descriptor. <see cref="Builder.Build"/> refuses a
/// table that leaves an RPC out or names one that does not exist, so a new RPC cannot ship without a rule.
/// </summary>
public sealed class RpcPolicy
{
    private RpcPolicy(ServiceDescriptor service, FrozenDictionary<string, RpcRule> rules)
    {
        Service = service;
        Rules = rules;
    }

    /// <summary>The service the table is for.</summary>
    public ServiceDescriptor Service { get; }

    /// <summary>Rule by gRPC method path, <c>/package.Service/Method</c>.</summary>
    public FrozenDictionary<string, RpcRule> Rules { get; }

    /// <summary>Starts the table of <paramref name="service"/>.</summary>
    public static Builder For(ServiceDescriptor service) => new(service);

    /// <summary>The gRPC method path of an RPC.</summary>
    public static string PathOf(MethodDescriptor method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return $"/{method.Service.FullName}/{method.Name}";
    }

    public sealed class Builder
    {
        private readonly ServiceDescriptor _service;
        private readonly Dictionary<string, RpcRule> _rules = new(StringComparer.Ordinal);

        internal Builder(ServiceDescriptor service) => _service = service ?? throw new ArgumentNullException(nameof(service));

        /// <summary>Lets callers holding any of <paramref name="roles"/> call <paramref name="methods"/>, which only read.</summary>
        public Builder Reads(IReadOnlyCollection<string> roles, params string[] methods) => Allow(RpcKind.Read, roles, methods);

        /// <summary>Lets callers holding any of <paramref name="roles"/> call <paramref name="methods"/>, which change something (audited).</summary>
        public Builder Changes(IReadOnlyCollection<string> roles, params string[] methods) => Allow(RpcKind.Change, roles, methods);

        /// <summary>Lets anyone, even without a token, call <paramref name="methods"/> (probes only).</summary>
        public Builder AllowAnonymous(params string[] methods) => Add(RpcRule.Open, methods);

        /// <summary>Lets anyone call every RPC of the service (health, reflection).</summary>
        public Builder AllowAnonymousEverywhere() => Add(RpcRule.Open, [.. _service.Methods.Select(m => m.Name)]);

        public RpcPolicy Build()
        {
            var missing = _service.Methods.Where(m => !_rules.ContainsKey(m.Name)).Select(m => m.Name).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"The policy of {_service.FullName} has no rule for {string.Join(", ", missing)}.");
            }

            return new RpcPolicy(_service, _service.Methods.ToFrozenDictionary(PathOf, m => _rules[m.Name], StringComparer.Ordinal));
        }

        private Builder Allow(RpcKind kind, IReadOnlyCollection<string> roles, string[] methods)
        {
            ArgumentNullException.ThrowIfNull(roles);
            if (roles.Count == 0)
            {
                throw new ArgumentException("A rule names at least one role.", nameof(roles));
            }

            return Add(new RpcRule(kind, roles.ToFrozenSet(StringComparer.Ordinal)), methods);
        }

        private Builder Add(RpcRule rule, string[] methods)
        {
            foreach (var method in methods)
            {
                if (_service.FindMethodByName(method) is null)
                {
                    throw new InvalidOperationException($"{_service.FullName} has no RPC {method}.");
                }

                if (!_rules.TryAdd(method, rule))
                {
                    throw new InvalidOperationException($"The policy of {_service.FullName} has two rules for {method}.");
                }
            }

            return this;
        }
    }
}
