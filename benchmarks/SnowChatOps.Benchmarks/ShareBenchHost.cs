using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.Benchmarks;

/// <summary>
/// The bot's real composition root (<see cref="BotApplication"/>, in-memory stores) on the in-process emulator,
/// connected through a real code exchange, answering on a discarding channel. <see cref="Raw"/> is a plain
/// HttpClient on the same in-process network, authorized like the bot.
/// </summary>
internal sealed class ShareBenchHost : IAsyncDisposable
{
    public const string Tenant = BotApplication.Tenant;
    private static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse(BotApplication.InstanceUrl, new ServiceNowHostPolicy([], AllowLoopback: true));

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly BotApplication app;

    public ShareBenchHost()
    {
        // BenchmarkDotNet runs from the project folder, where WebApplicationFactory's manifest lookup fails.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SNOWCHATOPS_SERVICENOWEMULATOR", ContentRoot("SnowChatOps.ServiceNowEmulator"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SNOWCHATOPS_BOT", ContentRoot("SnowChatOps.Bot"));
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.ConfigureLogging(l => l.ClearProviders());
        });
        app = new BotApplication(emulator) { Channel = Adapter };
        Raw = new HttpClient(emulator.Server.CreateHandler()) { BaseAddress = Instance.BaseUri };
    }

    public DiscardingAdapter Adapter { get; } = new();

    public IBot Bot => app.Bot;

    /// <summary>A plain client on the same in-process network, authorized like the bot.</summary>
    public HttpClient Raw { get; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var tokens = await app.ConnectAsync(cancellationToken);
        Raw.DefaultRequestHeaders.Authorization = new("Bearer", tokens.AccessToken);
        Raw.DefaultRequestHeaders.Accept.Add(new("application/json"));
    }

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }

    internal static string ContentRoot(string project)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SnowChatOps.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository."), "src", project);
    }
}
