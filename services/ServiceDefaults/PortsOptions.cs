namespace Platform.ServiceDefaults;

/// <summary>
/// The two listeners of a service (configuration section <c>Ports</c>): gRPC over HTTP/2 without TLS, and
/// HTTP/1.1 for <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c>. Zero leaves Kestrel's own configuration alone.
/// </summary>
public sealed class PortsOptions
{
    public int Grpc { get; set; }

    public int Http { get; set; }
}
