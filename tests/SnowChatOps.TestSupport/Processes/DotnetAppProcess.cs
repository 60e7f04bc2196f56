using System.Globalization;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>Starts a built ASP.NET Core app dll with <c>dotnet</c> on a loopback port.</summary>
public static class DotnetAppProcess
{
    /// <summary>
    /// Runs <c>dotnet &lt;dll&gt; --urls http://127.0.0.1:&lt;port&gt;</c> from the dll's folder (its content root, so its
    /// appsettings*.json apply) with <c>ASPNETCORE_ENVIRONMENT=Development</c> plus <paramref name="environment"/>,
    /// then waits until <paramref name="ready"/> passes.
    /// </summary>
    public static async Task<ManagedProcess> StartAsync(
        string name,
        string dllPath,
        int port,
        IReadOnlyDictionary<string, string?> environment,
        Func<Uri, CancellationToken, Task<bool>> ready,
        CancellationToken cancellationToken,
        string? logFile = null)
    {
        if (!File.Exists(dllPath))
        {
            throw new FileNotFoundException($"{name}: {dllPath} does not exist; build SnowChatOps.sln first.", dllPath);
        }

        var baseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var env = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = null,
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in environment)
        {
            env[key] = value;
        }

        var spec = new ProcessSpec(name, "dotnet", [dllPath, "--urls", baseUri.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath),
            Environment = env,
            LogFile = logFile,
        };
        var process = ManagedProcess.Start(spec);
        try
        {
            await process.WaitUntilAsync($"{baseUri} to answer", ct => ready(baseUri, ct), TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return process;
    }

    /// <summary>
    /// The built dll of a src/ project in its own bin folder, in the same build configuration as the calling test assembly
    /// (e.g. <c>src/SnowChatOps.Bot/bin/Debug/net10.0/SnowChatOps.Bot.dll</c>).
    /// </summary>
    public static string BuiltDll(string projectName) => BuiltDll("src", projectName);

    /// <summary>The built dll of a project under <paramref name="folder"/> (<c>src</c>, <c>tools</c>).</summary>
    public static string BuiltDll(string folder, string projectName)
    {
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDir.Parent?.Name ?? "Debug";
        return RepoPaths.Combine(folder, projectName, "bin", configuration, tfmDir.Name, projectName + ".dll");
    }
}
