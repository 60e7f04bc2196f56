namespace SnowChatOps.TestSupport.Processes;

/// <summary>
/// Several bot processes on one storage account behind <see cref="LocalProxyProcess"/>, the way App Service runs
/// several instances behind one endpoint. Every instance's public URL (OAuth redirect base) is the proxy's, so a sign-in
/// started on one instance may come back on another. The endpoints below are the proxy's.
/// </summary>
public sealed class BotCluster : IAsyncDisposable
{
    private BotCluster(LocalProxyProcess proxy, IReadOnlyList<BotProcess> instances)
    {
        Proxy = proxy;
        Instances = instances;
    }

    /// <summary>The proxy in front of the instances.</summary>
    public LocalProxyProcess Proxy { get; }

    /// <summary>The instances, in the proxy's order (<c>bot-1</c> is <c>Instances[0]</c>).</summary>
    public IReadOnlyList<BotProcess> Instances { get; }

    /// <summary>The one public base URI (the proxy).</summary>
    public Uri BaseUri => Proxy.BaseUri;

    /// <summary><c>/api/messages</c> through the proxy.</summary>
    public Uri MessagesEndpoint => new(BaseUri, "api/messages");

    /// <summary><c>/oauth/servicenow/callback</c> through the proxy.</summary>
    public Uri OAuthCallback => new(BaseUri, "oauth/servicenow/callback");

    /// <summary><c>/api/servicenow/events</c> through the proxy.</summary>
    public Uri EventsEndpoint => new(BaseUri, "api/servicenow/events");

    /// <summary>
    /// Starts <paramref name="count"/> bots (in parallel; see <see cref="BotProcess.StartAsync"/> for their settings) with
    /// <c>Connection:PublicBaseUrl</c> = the proxy on <paramref name="port"/>, then the proxy. Logs go to
    /// <paramref name="logDirectory"/>/bot-N.log and proxy.log when given.
    /// </summary>
    public static async Task<BotCluster> StartAsync(
        int count,
        string storageConnectionString,
        CancellationToken cancellationToken,
        Uri? serviceNowInstance = null,
        int? port = null,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null,
        string? logDirectory = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var proxyPort = port ?? FreePort.Next();
        var env = new Dictionary<string, string?>(extraEnvironment ?? new Dictionary<string, string?>())
        {
            ["Connection__PublicBaseUrl"] = $"http://127.0.0.1:{proxyPort}",
        };
        var starting = Enumerable.Range(0, count).Select(i => BotProcess.StartAsync(
            storageConnectionString, cancellationToken, serviceNowInstance, extraEnvironment: env, logFile: Log(logDirectory, $"bot-{i + 1}.log"))).ToList();
        try
        {
            var instances = await Task.WhenAll(starting);
            var proxy = await LocalProxyProcess.StartAsync(proxyPort, [.. instances.Select(b => b.BaseUri)], cancellationToken, Log(logDirectory, "proxy.log"));
            return new BotCluster(proxy, instances);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }
    }

    private static string? Log(string? directory, string name) => directory is null ? null : Path.Combine(directory, name);
}
