using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Security;

namespace Platform.ServiceDefaults.Security;

public static class SecurityRegistration
{
    /// <summary>
    /// Bearer tokens (JWT) validated against <c>Authentication:Issuer</c>, <c>Authentication:Audience</c> and
    /// the issuer's keys, and the RPC policy tables applied to every gRPC call. The host does not start
    /// without an issuer, an audience and a source of keys.
    /// </summary>
    public static WebApplicationBuilder AddPlatformSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlatformAuthenticationOptions>()
            .BindConfiguration(PlatformAuthenticationOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Issuer) && !string.IsNullOrWhiteSpace(o.Audience), "Authentication:Issuer and Authentication:Audience are required.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Authority) || o.SigningKeys.Count > 0, "Authentication:Authority (a real issuer) or Authentication:SigningKeys (the development issuer) is required.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Authority) || o.SigningKeys.Count == 0, "Authentication:SigningKeys (the development issuer) must not be set together with Authentication:Authority (a real issuer).")
            .Validate(o => o.SigningKeys.All(k => SymmetricKey(k) is not null), "Every Authentication:SigningKeys entry must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<PlatformAuthenticationOptions>>((jwt, platform) => Configure(jwt, platform.Value));
        builder.Services.AddSingleton<RpcPolicies>();
        return builder;
    }

    /// <summary>Adds the policy table of one gRPC service the host maps.</summary>
    public static IServiceCollection AddRpcPolicy(this IServiceCollection services, RpcPolicy policy)
    {
        services.AddSingleton(policy);
        return services;
    }

    /// <summary>Adds the policy tables of the gRPC services the host maps.</summary>
    public static IServiceCollection AddRpcPolicies(this IServiceCollection services, IEnumerable<RpcPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        foreach (var policy in policies)
        {
            services.AddRpcPolicy(policy);
        }

        return services;
    }

    private static void Configure(JwtBearerOptions jwt, PlatformAuthenticationOptions platform)
    {
        // Claim names as the token has them (sub, roles, scope), not mapped to WS-* URIs.
        jwt.MapInboundClaims = false;
        if (!string.IsNullOrWhiteSpace(platform.Authority))
        {
            jwt.Authority = platform.Authority;
            jwt.RequireHttpsMetadata = platform.RequireHttpsMetadata;
        }

        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = platform.Issuer,
            ValidAudience = platform.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = platform.ClockSkew,
            NameClaimType = "sub",
            RoleClaimType = PlatformRoles.RolesClaim,
            IssuerSigningKeys = platform.SigningKeys.Select(SymmetricKey).OfType<SecurityKey>().ToList(),
        };
    }

    private static SymmetricSecurityKey? SymmetricKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= 32
            ? new SymmetricSecurityKey(bytes[..length])
            : null;
    }
}
