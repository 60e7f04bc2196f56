using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Tracking.Delivery;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.TestSupport.Fakes;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking.Outbox;

/// <summary>A tracking scenario whose Teams is a <see cref="ScriptedTeamsAdapter"/> and whose delivery log records.</summary>
internal sealed class OutboxScenario : IAsyncDisposable
{
    private OutboxScenario(BotHarness harness, TrackingScenario tracking)
    {
        Harness = harness;
        Tracking = tracking;
    }

    public BotHarness Harness { get; }

    public TrackingScenario Tracking { get; }

    public ScriptedTeamsAdapter Teams => (ScriptedTeamsAdapter)Harness.Get<BotAdapter>();

    public RecordingDeliveryLog Log => Harness.Get<RecordingDeliveryLog>();

    public InMemoryOutboxStore Outbox => Harness.Get<InMemoryOutboxStore>();

    public OutboxSender Sender => Harness.Get<OutboxSender>();

    public static async Task<OutboxScenario> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new BotHarness(
            s =>
            {
                s.AddSingleton<BotAdapter>(sp => new ScriptedTeamsAdapter(sp.GetRequiredService<TimeProvider>()) { OnTurnError = sp.GetRequiredService<BotErrorHandler>().HandleAsync });
                s.AddSingleton<RecordingDeliveryLog>();
                s.AddSingleton<INotificationDeliveryLog>(sp => sp.GetRequiredService<RecordingDeliveryLog>());
            },
            settings);
        return new OutboxScenario(harness, await TrackingScenario.StartAsync(harness));
    }

    /// <summary>Advances the fake clock in <paramref name="step"/>s up to <paramref name="total"/>, sweeping after each.</summary>
    public async Task RunForAsync(TimeSpan total, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
        {
            Harness.Time.Advance(step);
            await Sender.SendDueAsync(TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}
