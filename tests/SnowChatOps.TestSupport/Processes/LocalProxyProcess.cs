using System.Globalization;
using System.Net.Http.Json;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>
/// tools/SnowChatOps.LocalProxy in front of several bot instances: round-robin on loopback, ready when
/// <c>GET /_proxy/ping</c> answers <c>pong</c>. Requests can be pinned to one instance with <see cref="InstanceHeader"/>.
/// </summary>
public sealed class LocalProxyProcess : IAsyncDisposable
{
    /// <summary>Request header that pins a request to one instance (<c>bot-1</c>, <c>bot-2</c>, ...); responses carry it too.</summary>
    public const string InstanceHeader = "X-SnowChatOps-Instance";

    private LocalProxyProcess(ManagedProcess process, Uri baseUri)
    {
        Process = process;
        BaseUri = baseUri;
    }

    /// <summary>The proxy process.</summary>
    public ManagedProcess Process { get; }

    /// <summary>e.g. <c>http://127.0.0.1:3978/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The instance id the proxy gives the backend at <paramref name="index"/> (0-based).</summary>
    public static string InstanceId(int index) => "bot-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts the built proxy on <paramref name="port"/> forwarding to <paramref name="backends"/>.</summary>
    public static async Task<LocalProxyProcess> StartAsync(int port, IReadOnlyList<Uri> backends, CancellationToken cancellationToken, string? logFile = null)
    {
        var env = new Dictionary<string, string?>();
        for (var i = 0; i < backends.Count; i++)
        {
            env[$"Proxy__Backends__{i}"] = backends[i].ToString();
        }

        var process = await DotnetAppProcess.StartAsync(
            "proxy",
            DotnetAppProcess.BuiltDll("tools", "SnowChatOps.LocalProxy"),
            port,
            env,
            (baseUri, ct) => Probes.HttpAnswersAsync(new Uri(baseUri, "_proxy/ping"), ct, (response, body) => response.IsSuccessStatusCode && body == "pong"),
            cancellationToken,
            logFile);
        return new LocalProxyProcess(process, BotProcess.ProcessBaseUri(process));
    }

    /// <summary>Every request the proxy forwarded so far (method, path, instance, status), oldest first.</summary>
    public async Task<IReadOnlyList<ForwardedRequest>> ForwardedAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        return await http.GetFromJsonAsync<List<ForwardedRequest>>("_proxy/requests", cancellationToken) ?? [];
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
