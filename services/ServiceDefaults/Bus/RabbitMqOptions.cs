namespace Platform.ServiceDefaults.Bus;

/// <summary>RabbitMQ connection (configuration section <c>RabbitMq</c>, env <c>RabbitMq__Host</c> and so on).</summary>
public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Fault tests only: every message reaches its consumer twice, so the inboxes must drop the copy.</summary>
    public bool DuplicateEveryDelivery { get; set; }
}
