using System.Net.Http.Json;
using SnowChatOps.Bot.SecureScore.Reminders;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// Due-date reminders on the real composition root and the ServiceNow emulator, fake clock from 2026-03-03 08:00 UTC:
/// a reply in the ticket card's thread 24 h before the due date and one when it is overdue, each once.
/// </summary>
public sealed class DueReminderTests(AzuriteFixture azurite) : IAsyncDisposable
{
    private static readonly DateTimeOffset Due = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private SecureScoreLoopHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Remind_24HoursBeforeDue_OneReminderInTheCardsThread()
    {
        await host.StartAsync(1, ct);
        var ticket = await host.TrackDueChangeAsync(Due, TimeSpan.Zero, ct);

        host.Time.Advance(TimeSpan.FromHours(23));
        var early = await RemindAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(1));
        var posted = await RemindAsync(host.App);
        var again = await RemindAsync(host.App);

        Assert.Equal((0, 1, 0), (early, posted, again));
        var reminder = Assert.Single(Cards(host.App));
        Assert.Equal("conv-1;messageid=card-1", reminder.Conversation.Id);
        Assert.Equal($"Due in 24 hours: {ticket.Number} · Require MFA for admins is due " + "{{DATE(2026-03-05T08:00:00Z, SHORT)}} {{TIME(2026-03-05T08:00:00Z)}}", SharingTurns.Title(reminder));
    }

    [Fact]
    public async Task Remind_Overdue_OneOverdueReminderThenNothing()
    {
        await host.StartAsync(1, ct);
        var ticket = await host.TrackDueChangeAsync(Due, TimeSpan.Zero, ct);

        host.Time.Advance(TimeSpan.FromHours(24));
        var soon = await RemindAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(24));
        var overdue = await RemindAsync(host.App);
        var again = await RemindAsync(host.App);
        host.Time.Advance(TimeSpan.FromDays(3));
        var later = await RemindAsync(host.App);

        Assert.Equal((1, 1, 0, 0), (soon, overdue, again, later));
        Assert.Equal($"Overdue: {ticket.Number} · Require MFA for admins was due " + "{{DATE(2026-03-05T08:00:00Z, SHORT)}} {{TIME(2026-03-05T08:00:00Z)}}", SharingTurns.Title(Cards(host.App).Last()));
        Assert.Empty(await host.App.Tracked.ListDueByAsync(DateTimeOffset.MaxValue, ct)); // out of the due-date index
    }

    [Fact]
    public async Task Remind_ClosedBeforeDue_NothingPosted()
    {
        await host.StartAsync(1, ct);
        var ticket = await host.TrackDueChangeAsync(Due, TimeSpan.Zero, ct);
        await host.ChangeStateAsync(ticket, "3", ct); // Closed, seen by the poller
        var before = Cards(host.App).Count;

        host.Time.Advance(TimeSpan.FromHours(24));
        var soon = await RemindAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(24));
        var overdue = await RemindAsync(host.App);

        Assert.Equal((0, 0), (soon, overdue));
        Assert.Equal(before, Cards(host.App).Count);
    }

    [Fact]
    public async Task Remind_CanceledInServiceNowNotYetPolled_NothingPosted()
    {
        await host.StartAsync(1, ct);
        var ticket = await host.TrackDueChangeAsync(Due, TimeSpan.Zero, ct);
        using var control = host.Emulator.CreateClient();
        (await control.PostAsJsonAsync($"/_emulator/tickets/change_request/{ticket.SysId}/state", new { state = "4", by = "abel.tuter" }, ct)).EnsureSuccessStatusCode();

        host.Time.Advance(TimeSpan.FromHours(48));
        var posted = await RemindAsync(host.App);

        Assert.Equal(0, posted);
        Assert.Empty(Cards(host.App));
        Assert.Empty(await host.App.Tracked.ListDueByAsync(DateTimeOffset.MaxValue, ct));
    }

    [Fact]
    public async Task Remind_QuietHoursInTheConversationsTimeZone_DeferredUntilTheyEnd()
    {
        await host.StartAsync(1, ct);
        await host.Store(host.App).SaveSettingsAsync(new SecureScoreSettings(SecureScoreLoopHost.Tenant) { Quiet = new(new(22, 0), new(7, 0)) }, ct);
        await host.TrackDueChangeAsync(new DateTimeOffset(2026, 3, 4, 20, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(8), ct);

        host.Time.Advance(TimeSpan.FromHours(12)); // 20:00 UTC is 04:00 at UTC+8: quiet there
        var quiet = await RemindAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(3)); // 07:00 at UTC+8
        var after = await RemindAsync(host.App);

        Assert.Equal((0, 1), (quiet, after));
        Assert.EndsWith("is due {{DATE(2026-03-04T20:00:00Z, SHORT)}} {{TIME(2026-03-04T20:00:00Z)}}", SharingTurns.Title(Assert.Single(Cards(host.App))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_SecondInstanceOrRestartOnOneAzurite_NoDuplicate()
    {
        await host.DisposeAsync();
        host = new SecureScoreLoopHost(azurite.NewTables());
        await host.StartAsync(2, ct);
        await host.TrackDueChangeAsync(Due, TimeSpan.Zero, ct);
        host.Time.Advance(TimeSpan.FromHours(24));

        var first = await RemindAsync(host.Instances.First());
        var second = await RemindAsync(host.Instances.Last());

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(1, host.Instances.Sum(a => Cards(a).Count));
    }

    private Task<int> RemindAsync(BotApplication app) => app.Get<DueReminders>().RunOnceAsync(ct);

    private static List<Microsoft.Bot.Schema.Activity> Cards(BotApplication app) => [.. app.Adapter.Sent.Where(a => a.Attachments?.Count > 0)];
}
