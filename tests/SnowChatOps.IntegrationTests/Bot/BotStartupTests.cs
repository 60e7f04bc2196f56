using System.Diagnostics;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>Starts the real bot process, as an operator would, to see what a misconfiguration looks like.</summary>
public sealed class BotStartupTests
{
    [Fact]
    public async Task Host_ProductionWithoutAppId_ExitsWithOneLineError()
    {
        var start = new ProcessStartInfo("dotnet", [BotDll()])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
                ["SecureScore__Source"] = "OfflineCatalog",
            },
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));

        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("SnowChatOps cannot start: Bot:MicrosoftAppId and Bot:MicrosoftAppPassword are required outside Development", line, StringComparison.Ordinal);
    }

    /// <summary>The bot's own build output (it has the runtimeconfig the test output lacks), same configuration as this test.</summary>
    private static string BotDll()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SnowChatOps.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "src", "SnowChatOps.Bot", "bin", configuration, "net10.0", "SnowChatOps.Bot.dll");
    }
}
