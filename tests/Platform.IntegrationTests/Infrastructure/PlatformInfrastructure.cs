using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL and RabbitMQ servers of a test run: the ones named by <c>PLATFORM_TEST_POSTGRES</c>,
/// <c>PLATFORM_TEST_RABBITMQ</c> and <c>PLATFORM_TEST_RABBITMQ_MANAGEMENT</c> (see deploy/local/env.sh),
/// else containers. Tests never share state: each makes its own database and virtual host, which are
/// dropped when the run ends. Without servers every test fails, locally and in CI; none is skipped.
/// </summary>
public sealed class PlatformInfrastructure : IAsyncLifetime
{
    private const string ContainerUser = "platform";
    private const string ContainerPassword = "platform-test-container-password";

    // One client for the run (static: HttpClient is meant to be shared); credentials go on each request.
    private static readonly HttpClient Http = new();

    private readonly List<string> _databases = [];
    private readonly List<string> _virtualHosts = [];
    private readonly Lock _gate = new();
    private PostgreSqlContainer? _postgresContainer;
    private RabbitMqContainer? _rabbitContainer;
    private string _adminConnectionString = string.Empty;
    private Uri _amqp = null!;
    private Uri _management = null!;
    private AuthenticationHeaderValue _managementAuth = null!;

    public async Task InitializeAsync()
    {
        try
        {
            await StartPostgresAsync();
            await StartRabbitMqAsync();
        }
        catch (Exception ex)
        {
            // Fail, never skip (xunit 2 cannot skip at run time anyway): a CI run without servers must not pass.
            throw new InvalidOperationException(
                "No PostgreSQL/RabbitMQ for integration tests. Run `source deploy/local/infra.sh` (sets PLATFORM_TEST_POSTGRES, " +
                "PLATFORM_TEST_RABBITMQ and PLATFORM_TEST_RABBITMQ_MANAGEMENT) or make Docker available for Testcontainers. " + ex.Message,
                ex);
        }
    }

    /// <summary>Creates an empty database <c>test_&lt;guid&gt;</c> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        lock (_gate)
        {
            _databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates a virtual host <c>test_&lt;guid&gt;</c> the AMQP user may use, through the management API.</summary>
    public async Task<RabbitEndpoint> CreateVirtualHostAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        var (user, password) = Credentials(_amqp);
        await ManagementAsync(HttpMethod.Put, $"api/vhosts/{name}");
        lock (_gate)
        {
            _virtualHosts.Add(name);
        }

        var permissions = new { configure = ".*", write = ".*", read = ".*" };
        await ManagementAsync(HttpMethod.Put, $"api/permissions/{name}/{Uri.EscapeDataString(user)}", JsonContent.Create(permissions));
        return new RabbitEndpoint(_amqp.Host, _amqp.IsDefaultPort ? 5672 : _amqp.Port, name, user, password);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_adminConnectionString.Length > 0)
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            foreach (var database in _databases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }

        foreach (var virtualHost in _virtualHosts)
        {
            await ManagementAsync(HttpMethod.Delete, $"api/vhosts/{virtualHost}");
        }

        if (_postgresContainer is not null)
        {
            await _postgresContainer.DisposeAsync();
        }

        if (_rabbitContainer is not null)
        {
            await _rabbitContainer.DisposeAsync();
        }
    }

    private async Task StartPostgresAsync()
    {
        _adminConnectionString = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") ?? string.Empty;
        if (_adminConnectionString.Length == 0)
        {
            _postgresContainer = new PostgreSqlBuilder("postgres:15").Build();
            await _postgresContainer.StartAsync();
            _adminConnectionString = _postgresContainer.GetConnectionString();
        }

        // Fail here, with the message above, rather than in every test.
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
    }

    private async Task StartRabbitMqAsync()
    {
        var amqp = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ_MANAGEMENT");
        if (string.IsNullOrEmpty(amqp) || string.IsNullOrEmpty(management))
        {
            _rabbitContainer = new RabbitMqBuilder("rabbitmq:3.13-management")
                .WithUsername(ContainerUser)
                .WithPassword(ContainerPassword)
                .WithPortBinding(15672, assignRandomHostPort: true)
                .Build();
            await _rabbitContainer.StartAsync();
            amqp = _rabbitContainer.GetConnectionString();
            management = new UriBuilder("http", _rabbitContainer.Hostname, _rabbitContainer.GetMappedPublicPort(15672))
            {
                UserName = ContainerUser,
                Password = ContainerPassword,
            }.ToString();
        }

        _amqp = new Uri(amqp);
        var managementUri = new Uri(management);
        var (user, password) = Credentials(managementUri);
        _management = new Uri(managementUri.GetLeftPart(UriPartial.Authority) + "/");
        _managementAuth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

        // The management listener answers a little after the broker starts.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                await ManagementAsync(HttpMethod.Get, "api/overview", cancellationToken: timeout.Token);
                return;
            }
            catch (HttpRequestException) when (_rabbitContainer is not null && !timeout.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
            }
        }
    }

    /// <summary>Calls RabbitMQ's management API (e.g. <c>api/queues/{vhost}</c>) and returns its JSON answer, for tests that look at queues.</summary>
    public async Task<System.Text.Json.JsonElement> ManagementJsonAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_management, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = _managementAuth;
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    private async Task ManagementAsync(HttpMethod method, string path, HttpContent? content = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(_management, path)) { Content = content };
        request.Headers.Authorization = _managementAuth;
        using var response = await Http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : throw new InvalidOperationException($"{uri.GetLeftPart(UriPartial.Authority)} has no user:password.");
    }
}
