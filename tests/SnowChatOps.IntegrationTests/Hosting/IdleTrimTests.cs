using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Hosting.IdleTrim;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Hosting;

/// <summary>
/// On the real composition root: a request marks traffic (a health probe does not), and once the bot has been quiet for
/// <c>Hosting:IdleTrim:After</c> its loop trims the GC's memory once.
/// </summary>
public sealed class IdleTrimTests : IAsyncDisposable
{
    private static readonly TimeSpan After = TimeSpan.FromSeconds(10);
    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly CountingTrimmer trimmer = new();
    private readonly TimerWatchingTimeProvider time = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly BotApplication app;

    public IdleTrimTests()
    {
        app = new BotApplication(emulator, time) { ConfigureServices = services => services.AddSingleton<IMemoryTrimmer>(trimmer) };
        app.Settings["Hosting:IdleTrim:Enabled"] = "true";
        app.Settings["Hosting:IdleTrim:After"] = "00:00:10";
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task Probe_ThenAMessageAndQuiet_OnlyTheMessageCountsAndOneTrimFollows()
    {
        using var client = app.CreateClient();
        var traffic = app.Get<TrafficClock>();

        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), ct)).Dispose();
        var afterProbe = traffic.Untrimmed;
        (await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent("{}"), ct)).Dispose();
        var afterMessage = traffic.Untrimmed;
        await time.TimerCreated(After / 2).WaitAsync(TimeSpan.FromSeconds(30), ct);
        time.Advance(After);
        await trimmer.Trimmed.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);

        Assert.False(afterProbe);
        Assert.True(afterMessage);
        Assert.Equal(1, trimmer.Count);
        Assert.False(traffic.Untrimmed);
    }

    private sealed class CountingTrimmer : IMemoryTrimmer
    {
        private int count;

        public TaskCompletionSource Trimmed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count => Volatile.Read(ref count);

        public (long Before, long After) Trim()
        {
            Interlocked.Increment(ref count);
            Trimmed.TrySetResult();
            return (2, 1);
        }
    }
}
