namespace SnowChatOps.TestSupport.Processes;

/// <summary>
/// The built Graph emulator (Secure Score on its own clock; docs/secure-score.md), ready once <c>GET /</c> answers 200.
/// Its <c>/v1.0</c> calls take only <see cref="BearerToken"/>; its <c>/_emulator/*</c> control API takes none.
/// </summary>
public sealed class GraphEmulatorProcess : IAsyncDisposable
{
    private GraphEmulatorProcess(ManagedProcess process, Uri baseUri, string bearerToken)
    {
        Process = process;
        BaseUri = baseUri;
        BearerToken = bearerToken;
    }

    /// <summary>The underlying process (output for diagnostics, condition waits that stop if it dies).</summary>
    public ManagedProcess Process { get; }

    /// <summary>e.g. <c>http://127.0.0.1:5090/</c>: the control API's base.</summary>
    public Uri BaseUri { get; }

    /// <summary>The Graph root the bot is given as <c>SecureScore:GraphBaseUrl</c> (<c>…/v1.0/</c>).</summary>
    public Uri GraphBaseUrl => new(BaseUri, "v1.0/");

    /// <summary>The only token <c>/v1.0</c> accepts; the bot sends it as <c>MicrosoftGraph:DevBearerToken</c>.</summary>
    public string BearerToken { get; }

    /// <summary>
    /// Starts <paramref name="dllPath"/> (default: <see cref="DotnetAppProcess.BuiltDll"/> of SnowChatOps.GraphEmulator) in
    /// Development on <paramref name="port"/> (default: a free one), accepting <paramref name="bearerToken"/>
    /// (<c>GraphEmulator__BearerToken</c>); <paramref name="extraEnvironment"/> wins.
    /// </summary>
    public static async Task<GraphEmulatorProcess> StartAsync(
        string bearerToken,
        CancellationToken cancellationToken,
        int? port = null,
        string? dllPath = null,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null,
        string? logFile = null)
    {
        var env = new Dictionary<string, string?> { ["GraphEmulator__BearerToken"] = bearerToken };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            env[key] = value;
        }

        var process = await DotnetAppProcess.StartAsync(
            "graph",
            dllPath ?? DotnetAppProcess.BuiltDll("SnowChatOps.GraphEmulator"),
            port ?? FreePort.Next(),
            env,
            (baseUri, ct) => Probes.HttpOkAsync(baseUri, ct),
            cancellationToken,
            logFile);
        return new GraphEmulatorProcess(process, BotProcess.ProcessBaseUri(process), bearerToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
