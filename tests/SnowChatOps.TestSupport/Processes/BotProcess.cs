namespace SnowChatOps.TestSupport.Processes;

/// <summary>The built bot (per the bot process contract), ready once <c>GET /healthz</c> answers 200.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    /// <summary>The emulator's seeded (fake) OAuth client secret, prefilled so the demo connect flow needs no typing.</summary>
    public const string EmulatorClientSecret = "snowchatops-dev-secret";

    private BotProcess(ManagedProcess process, Uri baseUri)
    {
        Process = process;
        BaseUri = baseUri;
    }

    /// <summary>The underlying process (output for diagnostics).</summary>
    public ManagedProcess Process { get; }

    /// <summary>e.g. <c>http://127.0.0.1:3978/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The Bot Framework endpoint, <c>/api/messages</c>.</summary>
    public Uri MessagesEndpoint => new(BaseUri, "api/messages");

    /// <summary>The ServiceNow OAuth redirect, <c>/oauth/servicenow/callback</c>.</summary>
    public Uri OAuthCallback => new(BaseUri, "oauth/servicenow/callback");

    /// <summary>The state-change webhook, <c>/api/servicenow/events</c>.</summary>
    public Uri EventsEndpoint => new(BaseUri, "api/servicenow/events");

    /// <summary>
    /// Starts <paramref name="dllPath"/> (default: <see cref="DotnetAppProcess.BuiltDll"/> of SnowChatOps.Bot) in Development with
    /// anonymous Bot Framework auth, storage at <paramref name="storageConnectionString"/>, its own URL as
    /// <c>Connection:PublicBaseUrl</c> (the OAuth redirect base), loopback ServiceNow instances allowed and, when given,
    /// <paramref name="serviceNowInstance"/> (the emulator) prefilled on the connect card with the emulator's client secret
    /// (<see cref="EmulatorClientSecret"/>); <paramref name="extraEnvironment"/> wins over these.
    /// </summary>
    public static async Task<BotProcess> StartAsync(
        string storageConnectionString,
        CancellationToken cancellationToken,
        Uri? serviceNowInstance = null,
        int? port = null,
        string? dllPath = null,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null,
        string? logFile = null)
    {
        var chosen = port ?? FreePort.Next();
        var env = new Dictionary<string, string?>
        {
            ["Connection__PublicBaseUrl"] = $"http://127.0.0.1:{chosen}",
            ["Connection__DevPrefill__InstanceUrl"] = serviceNowInstance?.ToString().TrimEnd('/'),
            ["Connection__DevPrefill__ClientSecret"] = serviceNowInstance is null ? null : EmulatorClientSecret,
            ["Storage__ConnectionString"] = storageConnectionString,
            ["Bot__MicrosoftAppId"] = string.Empty,
            ["Bot__MicrosoftAppPassword"] = string.Empty,
            ["ServiceNow__AllowLoopback"] = "true",
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            env[key] = value;
        }

        var process = await DotnetAppProcess.StartAsync(
            "bot",
            dllPath ?? DotnetAppProcess.BuiltDll("SnowChatOps.Bot"),
            chosen,
            env,
            (baseUri, ct) => Probes.HttpOkAsync(new Uri(baseUri, "healthz"), ct),
            cancellationToken,
            logFile);
        return new BotProcess(process, ProcessBaseUri(process));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();

    internal static Uri ProcessBaseUri(ManagedProcess process) =>
        new(process.Spec.Arguments[^1] + "/");
}
