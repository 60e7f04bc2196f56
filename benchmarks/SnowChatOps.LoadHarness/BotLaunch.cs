using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.LoadHarness;

/// <summary>How to start one bot: its built dll (in the harness's own build configuration) and its environment.</summary>
internal sealed record BotLaunch(string Name, string DllPath, Func<int, IReadOnlyDictionary<string, string?>> Environment)
{
    public const string EchoName = "echo";
    public const string SnowName = "snowchatops";

    /// <summary>The echo bot: anonymous (no MicrosoftAppId), Development, as SnowChatOps runs below.</summary>
    public static BotLaunch Echo(HarnessOptions options) => new(
        EchoName,
        BuiltDll("benchmarks", "SnowChatOps.EchoBot"),
        _ => Overlay(Common(), options.EchoEnvironment));

    /// <summary>
    /// SnowChatOps as the end-to-end tests run it (see <see cref="BotProcess"/>): Development, anonymous Bot Framework
    /// auth, state in <paramref name="storageConnectionString"/> (Azurite), everything else at its defaults.
    /// </summary>
    public static BotLaunch Snow(string storageConnectionString, HarnessOptions options) => new(
        SnowName,
        options.SnowDll ?? DotnetAppProcess.BuiltDll("SnowChatOps.Bot"),
        port => Overlay(
            new Dictionary<string, string?>(Common())
            {
                ["Connection__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
                ["Storage__ConnectionString"] = storageConnectionString,
                ["Bot__MicrosoftAppId"] = string.Empty,
                ["Bot__MicrosoftAppPassword"] = string.Empty,
                ["ServiceNow__AllowLoopback"] = "true",
            },
            options.SnowEnvironment));

    private static Dictionary<string, string?> Common() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = null,
        ["Logging__Console__FormatterName"] = "simple",
    };

    private static Dictionary<string, string?> Overlay(Dictionary<string, string?> environment, IReadOnlyDictionary<string, string?> extra)
    {
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    // Same rule as DotnetAppProcess.BuiltDll, for a project outside src/.
    private static string BuiltDll(string folder, string project)
    {
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDir.Parent?.Name ?? "Debug";
        return RepoPaths.Combine(folder, project, "bin", configuration, tfmDir.Name, project + ".dll");
    }
}
