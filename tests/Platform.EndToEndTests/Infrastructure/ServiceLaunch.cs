using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>What starting a service as a process takes: its build output, free ports, and its settings.</summary>
internal static class ServiceLaunch
{
    /// <summary><c>services/&lt;context&gt;/bin/&lt;configuration of the tests&gt;/net10.0/Platform.&lt;context&gt;.dll</c>.</summary>
    public static string AssemblyOf(string context) => AssemblyOf(context, $"Platform.{context}");

    /// <summary>
    /// <c>services/&lt;folder&gt;/bin/&lt;configuration of the tests&gt;/net10.0/&lt;assemblyName&gt;.dll</c>: a host's build
    /// output, whether or not it exists yet (the caller says so when it does not).
    /// </summary>
    public static string AssemblyOf(string folder, string assemblyName)
    {
        var configuration = typeof(ServiceLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(RepositoryRoot, "services", folder, "bin", configuration, "net10.0", $"{assemblyName}.dll");
    }

    /// <summary>The folder of <c>Platform.sln</c>, above the tests' build output.</summary>
    public static string RepositoryRoot => FindRepositoryRoot();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The settings every service process needs: its ports, its database (migrated at start), RabbitMQ at
    /// <paramref name="rabbitPort"/> (the broker's, or a proxy's) and the test issuer.
    /// </summary>
    public static Dictionary<string, string> Environment(int grpcPort, string database, RabbitEndpoint rabbit, int rabbitPort)
    {
        ArgumentNullException.ThrowIfNull(rabbit);
        var environment = new Dictionary<string, string>(TestIdentity.Environment.Concat(TestContactKey.Environment))
        {
            ["Ports__Grpc"] = grpcPort.ToString(CultureInfo.InvariantCulture),
            ["Ports__Http"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["ConnectionStrings__Database"] = database,
            ["RabbitMq__Host"] = rabbitPort == rabbit.Port ? rabbit.Host : "127.0.0.1",
            ["RabbitMq__Port"] = rabbitPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__Username"] = rabbit.Username,
            ["RabbitMq__Password"] = rabbit.Password,
            ["RabbitMq__VirtualHost"] = rabbit.VirtualHost,
            ["Database__MigrateOnStartup"] = "true",
        };
        return environment;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
