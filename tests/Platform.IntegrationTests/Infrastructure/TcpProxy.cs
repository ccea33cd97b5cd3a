using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Forwards TCP connections from a local port to a server, so a test can take "the server" away from one
/// host without disturbing the others: <see cref="Cut"/> refuses new connections and drops live ones,
/// <see cref="Restore"/> listens again on the same port; <see cref="Stall"/> keeps every connection open but
/// lets nothing through, as a network that silently drops packets, until <see cref="Resume"/>.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<ProxiedConnection, byte> _connections = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;
    private volatile TaskCompletionSource _flowing = Flowing();

    private TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
    }

    /// <summary>The local port clients connect to; it stays the same across <see cref="Cut"/> and <see cref="Restore"/>.</summary>
    public int Port { get; private set; }

    /// <summary>Starts listening on 127.0.0.1 on a free port.</summary>
    public static TcpProxy Start(string targetHost, int targetPort)
    {
        var proxy = new TcpProxy(targetHost, targetPort);
        proxy.Listen(0);
        return proxy;
    }

    /// <summary>The server looks down: connecting is refused and open connections are reset.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
        }

        foreach (var connection in _connections.Keys)
        {
            connection.Dispose();
        }
    }

    /// <summary>The server is back, on the same port.</summary>
    public void Restore() => Listen(Port);

    /// <summary>Bytes stop moving both ways; connections stay open and neither end is told.</summary>
    public void Stall()
    {
        lock (_gate)
        {
            if (_flowing.Task.IsCompleted)
            {
                _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Bytes held back by <see cref="Stall"/> go through, and the rest after them.</summary>
    public void Resume()
    {
        lock (_gate)
        {
            _flowing.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cut();
        await _accepting;
    }

    private void Listen(int port)
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            var listener = new TcpListener(IPAddress.Loopback, port);
            // The port still has connections in TIME_WAIT after a cut.
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
            _accepting = AcceptAsync(listener);
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Cut
            }

            _ = ForwardAsync(listener, client);
        }
    }

    private async Task ForwardAsync(TcpListener listener, Socket client)
    {
        var connection = new ProxiedConnection(client, new Socket(SocketType.Stream, ProtocolType.Tcp));
        _connections.TryAdd(connection, 0);
        try
        {
            await connection.Server.ConnectAsync(_targetHost, _targetPort);
            lock (_gate)
            {
                if (_listener != listener)
                {
                    return; // Cut while connecting.
                }
            }

            await Task.WhenAny(
                PumpAsync(connection.Client, connection.Server, () => _flowing.Task),
                PumpAsync(connection.Server, connection.Client, () => _flowing.Task));
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Either side went away; the connection is closed below.
        }
        finally
        {
            connection.Dispose();
            _connections.TryRemove(connection, out _);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, Func<Task> flowing)
    {
        var buffer = new byte[81920];
        try
        {
            await using var source = new NetworkStream(from, ownsSocket: false);
            await using var destination = new NetworkStream(to, ownsSocket: false);
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                await flowing();
                await destination.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // Closed by Cut or by a peer.
        }
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    private sealed class ProxiedConnection(Socket client, Socket server) : IDisposable
    {
        public Socket Client { get; } = client;

        public Socket Server { get; } = server;

        public void Dispose()
        {
            Reset(Client);
            Reset(Server);
        }

        private static void Reset(Socket socket)
        {
            try
            {
                // Linger 0 sends RST: both ends see the connection fail at once, as when a broker dies.
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            socket.Dispose();
        }
    }
}
