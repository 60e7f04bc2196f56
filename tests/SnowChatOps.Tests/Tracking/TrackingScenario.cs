using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Webhook;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Tracking;

/// <summary>
/// A bot harness with tracked tickets, the conversations they were shared in, and what ServiceNow answers for them.
/// A test states only the tickets and changes that matter to it.
/// </summary>
internal sealed class TrackingScenario(BotHarness harness)
{
    public const string Conversation = "conv-shared";

    public BotHarness Harness => harness;

    public FakeServiceNow ServiceNow => harness.ServiceNow;

    public InMemoryTrackedTicketStore Tracked => harness.Get<InMemoryTrackedTicketStore>();

    public InMemoryTrackingStore Settings => harness.Get<InMemoryTrackingStore>();

    public TicketStatePoller Poller => harness.Get<TicketStatePoller>();

    public InMemoryPollWatermarkStore Watermarks => harness.Get<InMemoryPollWatermarkStore>();

    public StateChangeWebhook Webhook => harness.Get<StateChangeWebhook>();

    /// <summary>Cards sent (not updates), in order.</summary>
    public IReadOnlyList<Activity> Sent => [.. harness.Adapter.ActiveQueue.Where(a => !harness.Adapter.Updates.Contains(a))];

    public IReadOnlyList<Activity> Updated => harness.Adapter.Updates;

    public static async Task<TrackingScenario> StartAsync(BotHarness? harness = null)
    {
        var scenario = new TrackingScenario(harness ?? new BotHarness());
        await scenario.Harness.ConnectServiceNowAsync();
        await scenario.AddConversationAsync(Conversation);
        return scenario;
    }

    public Task AddConversationAsync(string conversationId, bool active = true) => harness.Conversations.SaveAsync(
        new ConversationRecord(BotHarness.TenantId, conversationId, "personal", BotHarness.UserAadObjectId, Reference(conversationId), active, harness.Time.GetUtcNow()),
        TestContext.Current.CancellationToken);

    /// <summary>A ticket shared into <paramref name="conversationId"/>, last seen in <paramref name="state"/>; ServiceNow has it in the same state.</summary>
    public async Task<TrackedTicket> TrackAsync(string number, string state, TicketTable table = TicketTable.ChangeRequest, string conversationId = Conversation)
    {
        var sysId = "sys-" + number;
        var ticket = new TrackedTicket(BotHarness.TenantId, table, sysId, number, "AdminMFAV2", conversationId, "card-" + number, state, harness.Time.GetUtcNow());
        await Tracked.SaveAsync(ticket, TestContext.Current.CancellationToken);
        ServiceNow.Put(BotHarness.TenantId, Live(ticket, state));
        return ticket;
    }

    /// <summary>ServiceNow moves the ticket to <paramref name="state"/> now (the fake clock's time).</summary>
    public void ChangeInServiceNow(TrackedTicket ticket, string state)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var modCount = (ServiceNow.Find(ticket.SysId)?.ModCount ?? 0) + 1;
        ServiceNow.Put(BotHarness.TenantId, Live(ticket, state) with { ModCount = modCount });
    }

    public Task<bool> ApplyAsync(TrackedTicket ticket, ObservedState observed)
        => harness.Get<StateChangeProcessor>().ApplyAsync(BotHarness.TenantId, ticket.Table, ticket.SysId, observed, "test", TestContext.Current.CancellationToken);

    private Ticket Live(TrackedTicket ticket, string state) => new()
    {
        SysId = ticket.SysId, Number = ticket.Number, Table = ticket.Table, State = state, ShortDescription = "Require MFA for admins",
        UpdatedOn = harness.Time.GetUtcNow(), CorrelationId = CorrelationIds.Prefix + Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(ticket.Number)).PadLeft(32, '0'), ActionId = ticket.ActionId,
    };

    private static ConversationReference Reference(string conversationId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.test/",
        Conversation = new ConversationAccount { Id = conversationId, TenantId = BotHarness.TenantId },
        Bot = new ChannelAccount("bot", "SnowChatOps"),
        User = new ChannelAccount("user", "Megan Bowen"),
    };
}
