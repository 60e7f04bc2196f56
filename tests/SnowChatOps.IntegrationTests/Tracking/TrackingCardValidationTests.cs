using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Bot.Tracking.Subscriptions.Cards;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.IntegrationTests.Cards;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>Every tracking card, in both languages, through the official Adaptive Cards parser (schema 1.5, no unknown properties).</summary>
public sealed class TrackingCardValidationTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task TrackingCards_AllStates_AreValidAdaptiveCards15(string culture)
    {
        await CardsInCulture.AssertAllValidAsync(culture, Cards, expected: 10);
    }

    private static List<(string Name, AdaptiveCard Card)> Cards()
    {
        var link = new Uri("https://acme.service-now.com/nav_to.do?uri=change_request.do%3Fsys_id%3D1");
        var lines = new[] { new TicketLine("CHG0030001", "Assess", link), new TicketLine("CHG0030002", "New", null) };
        var url = new Uri("https://bot.example.com/api/servicenow/events");
        return
        [
            ("notification", NotificationCard.Build("CHG0030001", "Assess", "Implement", "abel.tuter", link)),
            ("overview", TicketsOverviewCard.Build(TicketTable.ChangeRequest, [("Assess", 1), ("New", 1)], lines)),
            ("overview-empty", TicketsOverviewCard.Build(TicketTable.Incident, [], [])),
            ("list", TicketListCard.Build(TicketTable.ChangeRequest, lines, 1, 22, live: true)),
            ("list-empty", TicketListCard.Build(TicketTable.Incident, [], 0, 0, live: false)),
            ("notifications-personal", NotificationsCard.Build(new NotificationsView(Subs([], null), url, new string('a', 64), TimeSpan.FromMinutes(5)))),
            ("notifications-here", NotificationsCard.Build(new NotificationsView(Subs([Sub("a1"), Sub("b2")], "a1"), url, null, TimeSpan.FromSeconds(30), "Set."))),
            ("notifications-elsewhere", NotificationsCard.Build(new NotificationsView(Subs([Sub("b2")], null), url, null, TimeSpan.FromHours(1), "No.", NoticeIsWarning: true))),
            ("subscription-form-new", SubscriptionFormCard.Build(null, Names)),
            ("subscription-form-edit", SubscriptionFormCard.Build(Sub("a1"), Names)),
        ];
    }

    private static string Names(TicketTable table, string code) => TicketStates.Find(table, code)?.DefaultName ?? code;

    private static Subscription Sub(string id) => new(
        "tenant-a", id.PadRight(32, '0'), "19:x@thread.tacv2", "channel", "General",
        "en-US", new SubscriptionFilter(TicketTable.Incident, 2, ["incident:6"], ActionCategory.Identity));

    private static SubscriptionsView Subs(IReadOnlyList<Subscription> subs, string? here)
    {
        var at = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        var health = new NotificationHealth(
            new TenantHealth(at, at, [at]),
            subs.ToDictionary(s => s.Id, _ => new SubscriptionHealth(at, "INC0010001", at.AddMinutes(1), "forbidden")));
        return new SubscriptionsView(subs, health, here?.PadRight(32, '0'), [(TicketTable.Incident, at)], 2, Names);
    }
}
