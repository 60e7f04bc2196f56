namespace SnowChatOps.TestSupport.Processes;

/// <summary>The built ServiceNow emulator, ready once <c>GET /</c> gets any HTTP answer.</summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private EmulatorProcess(ManagedProcess process, Uri baseUri)
    {
        Process = process;
        BaseUri = baseUri;
    }

    /// <summary>The underlying process (output for diagnostics).</summary>
    public ManagedProcess Process { get; }

    /// <summary>e.g. <c>http://127.0.0.1:5080/</c>: the fake instance URL.</summary>
    public Uri BaseUri { get; }

    /// <summary>
    /// Starts <paramref name="dllPath"/> (default: <see cref="DotnetAppProcess.BuiltDll"/> of SnowChatOps.ServiceNowEmulator) in
    /// Development, claiming to be the instance at its own URL (<c>Emulator__InstanceUrl</c>). With a <paramref name="bot"/> base URI, its OAuth redirect URI and webhook URL point at that bot
    /// (<c>Emulator__OAuth__RedirectUris__0</c>, <c>Emulator__Webhook__Url</c>); <paramref name="extraEnvironment"/> wins.
    /// </summary>
    public static async Task<EmulatorProcess> StartAsync(
        CancellationToken cancellationToken,
        int? port = null,
        Uri? bot = null,
        string? dllPath = null,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null,
        string? logFile = null)
    {
        var chosen = port ?? FreePort.Next();
        var env = new Dictionary<string, string?> { ["Emulator__InstanceUrl"] = $"http://127.0.0.1:{chosen}" };
        if (bot is not null)
        {
            env["Emulator__OAuth__RedirectUris__0"] = new Uri(bot, "oauth/servicenow/callback").ToString();
            env["Emulator__Webhook__Url"] = new Uri(bot, "api/servicenow/events").ToString();
        }

        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            env[key] = value;
        }

        var process = await DotnetAppProcess.StartAsync(
            "emulator",
            dllPath ?? DotnetAppProcess.BuiltDll("SnowChatOps.ServiceNowEmulator"),
            chosen,
            env,
            (baseUri, ct) => Probes.HttpAnswersAsync(baseUri, ct),
            cancellationToken,
            logFile);
        return new EmulatorProcess(process, BotProcess.ProcessBaseUri(process));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
