using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Cards;
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
        await CardsInCulture.AssertAllValidAsync(culture, Cards, expected: 8);
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
            ("notifications-personal", NotificationsCard.Build(new NotificationsView(NotificationsTarget.Default, url, new string('a', 64), TimeSpan.FromMinutes(5)))),
            ("notifications-here", NotificationsCard.Build(new NotificationsView(NotificationsTarget.Here, url, null, TimeSpan.FromSeconds(30), "Set."))),
            ("notifications-elsewhere", NotificationsCard.Build(new NotificationsView(NotificationsTarget.Elsewhere, url, null, TimeSpan.FromHours(1)))),
        ];
    }
}
