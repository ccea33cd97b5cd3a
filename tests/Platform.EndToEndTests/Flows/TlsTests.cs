using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Health.V1;
using Npgsql;
using Platform.Contracts.Agreements.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>
/// README "Security", TLS: with <c>Tls__CertificatePath</c> and <c>Tls__KeyPath</c> (PEM) set, a service serves its
/// gRPC port over TLS with that certificate, and only over TLS; a certificate file that is not there stops it.
/// One Agreements process of its own (<see cref="TlsAgreements"/>), apart from the flows' running platform.
/// </summary>
public sealed class TlsTests(TlsTests.TlsAgreements agreements, ITestOutputHelper output) : IClassFixture<TlsTests.TlsAgreements>
{
    [Fact]
    public Task Health_over_TLS_trusting_the_configured_certificate_is_serving() => agreements.RunAsync(output, async () =>
    {
        var health = new Health.HealthClient(agreements.Service.Channel.Intercept(new DefaultDeadlineInterceptor()));

        var reply = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    });

    [Fact]
    public Task An_authenticated_call_over_TLS_reaches_the_service() => agreements.RunAsync(output, async () =>
    {
        var client = new AgreementsService.AgreementsServiceClient(agreements.Service.Channel.Intercept(new DefaultDeadlineInterceptor()));

        var created = (await client.CreateAgreementAsync(Requests.Agreement())).Agreement;
        var read = (await client.GetAgreementAsync(new GetAgreementRequest { AgreementId = created.Id })).Agreement;

        Assert.Equal(created.Id, read.Id);
    });

    [Fact]
    public Task Cleartext_HTTP2_to_the_TLS_port_fails() => agreements.RunAsync(output, async () =>
    {
        using var cleartext = TestIdentity.Channel(new Uri($"http://127.0.0.1:{agreements.Service.GrpcPort}"), new SocketsHttpHandler());
        var health = new Health.HealthClient(cleartext.Intercept(new DefaultDeadlineInterceptor()));

        var refused = await Assert.ThrowsAsync<RpcException>(() => health.CheckAsync(new HealthCheckRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
    });

    [Fact]
    public async Task A_start_with_a_missing_certificate_file_exits_naming_the_setting()
    {
        var missing = Path.Combine(agreements.CertificateDirectory, "missing.pem");
        await using var service = await agreements.StartAsync(new Dictionary<string, string>
        {
            ["Tls__CertificatePath"] = missing,
            ["Tls__KeyPath"] = agreements.KeyPath,
        });

        var exitCode = await service.ExitCodeAsync();

        var log = service.OutputSince(0);
        output.WriteLine(log);
        Assert.NotEqual(0, exitCode);
        Assert.Contains($"Tls:CertificatePath '{missing}' does not exist", log, StringComparison.Ordinal);
    }

    /// <summary>
    /// A self-signed certificate for 127.0.0.1 and localhost, as PEM files in a directory of its own, and one
    /// Agreements process serving it, on its own database and RabbitMQ virtual host; its channel trusts exactly
    /// that certificate (by SHA-256 thumbprint).
    /// </summary>
    public sealed class TlsAgreements : IAsyncLifetime
    {
        private readonly PlatformInfrastructure _infrastructure = new();
        private string _thumbprint = string.Empty;

        public string CertificateDirectory { get; } = Directory.CreateTempSubdirectory("platform-tls-").FullName;

        public string CertificatePath => Path.Combine(CertificateDirectory, "server.crt");

        public string KeyPath => Path.Combine(CertificateDirectory, "server.key");

        /// <summary>Agreements with <see cref="CertificatePath"/> and <see cref="KeyPath"/>; its channel is https.</summary>
        public ServiceProcess Service { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await _infrastructure.InitializeAsync();
            _thumbprint = WriteSelfSignedCertificate(CertificatePath, KeyPath);
            Service = await StartAsync(
                new Dictionary<string, string> { ["Tls__CertificatePath"] = CertificatePath, ["Tls__KeyPath"] = KeyPath },
                https: true);
            try
            {
                await Service.WaitUntilServingAsync();
            }
            catch
            {
                // Whether or not the runner disposes a fixture that failed to start, the service does not outlive the run.
                await Service.DisposeAsync();
                Service = null!;
                throw;
            }
        }

        /// <summary>Starts another Agreements with <paramref name="tls"/> on a database and virtual host of its own; the caller disposes it.</summary>
        public async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> tls, bool https = false)
        {
            ArgumentNullException.ThrowIfNull(tls);
            var rabbit = await _infrastructure.CreateVirtualHostAsync();
            var database = new NpgsqlConnectionStringBuilder(await _infrastructure.CreateDatabaseAsync()) { MaxPoolSize = 10 };
            var grpcPort = ServiceLaunch.FreePort();
            var environment = ServiceLaunch.Environment(grpcPort, database.ConnectionString, rabbit, rabbit.Port);
            foreach (var (key, value) in tls)
            {
                environment[key] = value;
            }

            return https
                ? ServiceProcess.Start(ServiceLaunch.AssemblyOf("Agreements"), "Agreements", grpcPort, environment, new Uri($"https://127.0.0.1:{grpcPort}"), TrustingOnlyTheCertificate())
                : ServiceProcess.Start(ServiceLaunch.AssemblyOf("Agreements"), "Agreements", grpcPort, environment);
        }

        /// <summary>Runs one test; when it fails, what the service wrote during it goes to the test's output.</summary>
        public async Task RunAsync(ITestOutputHelper output, Func<Task> test)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(test);
            var mark = Service.OutputMark;
            try
            {
                await test();
            }
            catch
            {
                output.WriteLine(Service.OutputSince(mark));
                throw;
            }
        }

        public async Task DisposeAsync()
        {
            if (Service is not null)
            {
                await Service.DisposeAsync();
            }

            await _infrastructure.DisposeAsync();
            Directory.Delete(CertificateDirectory, recursive: true);
        }

        /// <summary>Writes a certificate and its PKCS#8 key as PEM; returns the certificate's SHA-256 thumbprint.</summary>
        private static string WriteSelfSignedCertificate(string certificatePath, string keyPath)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
            File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
            return certificate.GetCertHashString(HashAlgorithmName.SHA256);
        }

        /// <summary>
        /// Accepts the generated certificate and nothing else: its thumbprint must match, and only the chain may
        /// be untrusted (it is self-signed); the name must match 127.0.0.1.
        /// </summary>
        private SocketsHttpHandler TrustingOnlyTheCertificate()
        {
            var thumbprint = _thumbprint;
            return new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                SslOptions =
                {
                    RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                        certificate is not null
                        && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
                        && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase),
                },
            };
        }
    }
}
