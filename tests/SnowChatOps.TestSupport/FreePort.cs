using System.Net;
using System.Net.Sockets;

namespace SnowChatOps.TestSupport;

/// <summary>Picks a TCP port that is free on the loopback interface right now.</summary>
public static class FreePort
{
    /// <summary>Asks the OS for an ephemeral port, then releases it for the caller's process to bind.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
