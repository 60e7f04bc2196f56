using System.Net.Sockets;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>Single-shot readiness probes for <see cref="ManagedProcess.WaitUntilAsync"/>.</summary>
public static class Probes
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>True when something accepts a TCP connection on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> TcpOpenAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>True when GET <paramref name="uri"/> answers at all (any status) or, with <paramref name="accept"/>, passes it.</summary>
    public static async Task<bool> HttpAnswersAsync(
        Uri uri, CancellationToken cancellationToken, Func<HttpResponseMessage, string, bool>? accept = null)
    {
        try
        {
            using var response = await Http.GetAsync(uri, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return accept?.Invoke(response, body) ?? true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>True when GET <paramref name="uri"/> answers 2xx.</summary>
    public static Task<bool> HttpOkAsync(Uri uri, CancellationToken cancellationToken) =>
        HttpAnswersAsync(uri, cancellationToken, (response, _) => response.IsSuccessStatusCode);
}
