using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Connection.Connect;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.SecureScore.Alerts;
using SnowChatOps.Bot.SecureScore.Confirmation;
using SnowChatOps.Bot.SecureScore.Digest;
using SnowChatOps.Bot.SecureScore.Reminders;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Tickets.Actions;
using SnowChatOps.Bot.Tracking;
using SnowChatOps.Bot.Tracking.Commands;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Hosting;

/// <summary>
/// The real composition root builds a chat command when its name is first routed, a background loop's worker when
/// its first cycle runs, and what delivers or finishes work when there is work: at start (every loop enabled) and
/// after a "help" turn, nothing else is built.
/// </summary>
public sealed class DeferredConstructionTests : IAsyncDisposable
{
    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly ConstructionCounter built = new();
    private readonly TimerWatchingTimeProvider time = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly BotApplication app;

    public DeferredConstructionTests()
    {
        app = new BotApplication(emulator, time)
        {
            ConfigureServices = services => built
                .Count<HelpCommand>(services).Count<StatusCommand>(services).Count<DiagnoseCommand>(services)
                .Count<ConnectCommand>(services).Count<ShareCommand>(services).Count<TicketsCommand>(services)
                .Count<TicketStatePoller>(services).Count<OutboxSender>(services).Count<QueuedSubmissionProcessor>(services)
                .Count<PointsConfirmer>(services).Count<ScoreDropChecker>(services).Count<DueReminders>(services).Count<DigestPoster>(services)
                .Count<OutboxDelivery>(services).Count<QueuedSubmissionFinisher>(services)
                .Count<MessageExtensionHandler>(services).Count<TicketCardInvoke>(services).Count<Welcome>(services),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Fact]
    public void Start_EveryLoopEnabled_BuildsNoCommandNoWorkerAndNoInvokeHandler()
    {
        EnableEveryLoop();

        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        _ = app.Bot;

        Assert.Contains(typeof(TicketPollingService), hosted);
        Assert.Contains(typeof(OutboxSendingService), hosted);
        Assert.Equal(0, BuiltCommands() + BuiltWorkers() + BuiltInvokeHandlers());
    }

    [Fact]
    public async Task HelpTypedTwice_BuildsTheHelpCommandOnceAndNothingElse()
    {
        EnableEveryLoop();

        await app.SendAsync(Help("m-1"), ct);
        await app.SendAsync(Help("m-2"), ct);

        Assert.Equal(2, app.Adapter.Sent.Count(a => a.Attachments?.Count > 0));
        Assert.Equal(1, built.Of<HelpCommand>());
        Assert.Equal(1, BuiltCommands());
        Assert.Equal(0, BuiltWorkers() + BuiltInvokeHandlers());
    }

    [Fact]
    public async Task PollLoop_FirstCycle_BuildsThePollerThenAndNotBefore()
    {
        app.Settings["Tracking:Enabled"] = "true";
        var interval = app.Get<Microsoft.Extensions.Options.IOptions<TrackingOptions>>().Value.PollInterval;
        var before = built.Of<TicketStatePoller>();

        // The loop creates its timer on its own thread after start; its first tick is one interval later.
        await time.TimerCreated(interval).WaitAsync(TimeSpan.FromSeconds(20), ct);
        time.Advance(interval);
        await built.FirstBuilt<TicketStatePoller>().WaitAsync(TimeSpan.FromSeconds(20), ct);

        Assert.Equal((0, 1), (before, built.Of<TicketStatePoller>()));
    }

    [Fact]
    public async Task Sweeps_NothingDue_DoNotBuildWhatDeliversOrFinishes()
    {
        await app.Get<OutboxSender>().SendDueAsync(ct);
        await app.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(ct);

        Assert.Equal((1, 1), (built.Of<OutboxSender>(), built.Of<QueuedSubmissionProcessor>()));
        Assert.Equal((0, 0), (built.Of<OutboxDelivery>(), built.Of<QueuedSubmissionFinisher>()));
    }

    [Fact]
    public void Routes_EveryName_BuildsACommandAnsweringToThatName()
    {
        var routes = app.Services.GetServices<ChatCommandRoute>().ToList();

        var mismatched = routes.Select(r => (r.Name, Built: r.Factory(app.Services).Name)).Where(r => r.Name != r.Built).ToList();

        Assert.True(routes.Count > 30, $"{routes.Count} routes");
        Assert.Empty(mismatched);
        Assert.Equal(routes.Count, routes.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private void EnableEveryLoop()
    {
        foreach (var loop in new[] { "Tracking:Enabled", "Tracking:Outbox:Enabled", "SecureScore:Confirmations:Enabled", "SecureScore:Alerts:Enabled", "SecureScore:Reminders:Enabled", "SecureScore:Digest:Enabled" })
        {
            app.Settings[loop] = "true";
        }

        app.Settings["Sharing:BackgroundRetries"] = "true";
    }

    private int BuiltCommands() => built.Of<HelpCommand>() + built.Of<StatusCommand>() + built.Of<DiagnoseCommand>()
        + built.Of<ConnectCommand>() + built.Of<ShareCommand>() + built.Of<TicketsCommand>();

    private int BuiltWorkers() => built.Of<TicketStatePoller>() + built.Of<OutboxSender>() + built.Of<QueuedSubmissionProcessor>()
        + built.Of<PointsConfirmer>() + built.Of<ScoreDropChecker>() + built.Of<DueReminders>() + built.Of<DigestPoster>()
        + built.Of<OutboxDelivery>() + built.Of<QueuedSubmissionFinisher>();

    private int BuiltInvokeHandlers() => built.Of<MessageExtensionHandler>() + built.Of<TicketCardInvoke>() + built.Of<Welcome>();

    private static Activity Help(string id) => new(ActivityTypes.Message)
    {
        Text = "help", ChannelId = "msteams", ServiceUrl = "https://smba.test/", Id = id, Locale = "en-US",
        Conversation = new ConversationAccount { Id = "a:personal", TenantId = BotApplication.Tenant, ConversationType = "personal" },
        From = new ChannelAccount("user", "Megan Bowen") { AadObjectId = "aad-user-1" }, Recipient = new ChannelAccount("bot", "SnowChatOps"),
    };
}
