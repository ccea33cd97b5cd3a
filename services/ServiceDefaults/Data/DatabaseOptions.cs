namespace Platform.ServiceDefaults.Data;

/// <summary>Database settings (configuration section <c>Database</c>); the connection string is <c>ConnectionStrings:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Apply pending EF Core migrations when the service starts.</summary>
    public bool MigrateOnStartup { get; set; }
}
