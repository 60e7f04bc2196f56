using System.Diagnostics;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>Starts the real bot process, as an operator would, to see what a misconfiguration looks like.</summary>
public sealed class BotStartupTests
{
    [Fact]
    public async Task Host_ProductionWithoutAppId_ExitsWithOneLineError()
    {
        var (exit, lines) = await RunBotAsync(new Dictionary<string, string?>());

        Assert.Equal(1, exit);
        var line = Assert.Single(lines);
        Assert.StartsWith("SnowChatOps cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains("Bot:MicrosoftAppId and Bot:MicrosoftAppPassword are required outside Development", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_ProductionWithoutKeyRingProtection_ExitsWithOneLineNamingTheSetting()
    {
        var (exit, lines) = await RunBotAsync(new Dictionary<string, string?>
        {
            ["Bot__MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["Bot__MicrosoftAppPassword"] = "not-a-real-password",
            ["Connection__PublicBaseUrl"] = "https://bot.example",
        });

        Assert.Equal(1, exit);
        var line = Assert.Single(lines);
        Assert.Equal(
            "SnowChatOps cannot start: Secrets:KeyRingCertificatePath (a PFX) or Secrets:KeyVaultUri with Secrets:KeyRingCertificateName is required " +
            "outside Development (environment 'Production'): without it the Data Protection key ring sits unencrypted next to the secrets it protects.",
            line);
    }

    /// <summary>Runs the built bot in Production with <paramref name="settings"/>; returns its exit code and stderr lines.</summary>
    private static async Task<(int Exit, string[] Lines)> RunBotAsync(Dictionary<string, string?> settings)
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
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        return (process.ExitCode, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
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
