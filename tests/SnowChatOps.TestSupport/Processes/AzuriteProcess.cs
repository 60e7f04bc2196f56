using System.Globalization;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>Azurite's Table service, in memory, on a free loopback port.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's documented development account key (public, not a secret).</summary>
    public const string DevAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private AzuriteProcess(ManagedProcess process, int port)
    {
        Process = process;
        Port = port;
    }

    /// <summary>The underlying process (output for diagnostics).</summary>
    public ManagedProcess Process { get; }

    /// <summary>The Table service port.</summary>
    public int Port { get; }

    /// <summary>Explicit development connection string (<c>UseDevelopmentStorage=true</c> would always go to 10002).</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    /// <summary>The explicit development connection string for a Table endpoint on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1;";

    /// <summary>Starts Azurite Table (node + the package's bin script, so the PID held is the server's) and waits for its port.</summary>
    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken, int? port = null, string? logFile = null)
    {
        var chosen = port ?? FreePort.Next();
        var workDir = Directory.CreateTempSubdirectory("snowchatops-azurite-").FullName;
        var spec = new ProcessSpec("azurite", "node",
        [
            Path.Combine(RepoPaths.NodeModulesBin, "azurite-table"),
            "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck",
            "--tableHost", "127.0.0.1", "--tablePort", chosen.ToString(CultureInfo.InvariantCulture),
        ])
        {
            WorkingDirectory = workDir,
            LogFile = logFile,
        };
        RequireNodeModules();
        var process = ManagedProcess.Start(spec);
        try
        {
            await process.WaitUntilAsync($"TCP port {chosen}", ct => Probes.TcpOpenAsync(chosen, ct), StartTimeout, cancellationToken);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new AzuriteProcess(process, chosen);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();

    internal static TimeSpan StartTimeout => TimeSpan.FromSeconds(30);

    internal static void RequireNodeModules()
    {
        if (!Directory.Exists(RepoPaths.NodeModulesBin))
        {
            throw new InvalidOperationException(
                $"{RepoPaths.NodeModulesBin} is missing: run `npm ci` at the repository root (scripts/test.sh does it).");
        }
    }
}
