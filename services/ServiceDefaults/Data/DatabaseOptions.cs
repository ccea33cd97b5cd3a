namespace Platform.ServiceDefaults.Data;

/// <summary>Database settings (configuration section <c>Database</c>); the connection string is <c>ConnectionStrings:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Apply pending EF Core migrations when the service starts.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>
    /// How long one statement of a migration may run: a migration that fills a new column on a large table (a million
    /// complaints) takes minutes, far beyond the 30 s the services' own queries are allowed. Below the Kubernetes migration Job's 15 minutes.
    /// </summary>
    public TimeSpan MigrationCommandTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
