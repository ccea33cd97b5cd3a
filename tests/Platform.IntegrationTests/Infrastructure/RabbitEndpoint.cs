namespace Platform.IntegrationTests.Infrastructure;

/// <summary>A RabbitMQ virtual host of one test and the credentials to reach it.</summary>
public sealed record RabbitEndpoint(string Host, int Port, string VirtualHost, string Username, string Password);
