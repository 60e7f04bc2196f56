using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.TestSupport.Cards;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>Every tracking card, in both languages, through the official Adaptive Cards parser (schema 1.5, no unknown properties).</summary>
public sealed class TrackingCardValidationTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task TrackingCards_AllStates_AreValidAdaptiveCards15(string culture)
    {
        var cards = InCulture(culture, Cards);

        var report = await AdaptiveCardValidator.ValidateAsync(cards.Select(c => (c.Name, CardJson.Serialize(c.Card))), TestContext.Current.CancellationToken);

        Assert.Equal(8, report.Errors.Count);
        Assert.True(report.AllValid, report.ToString());
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

    private static T InCulture<T>(string name, Func<T> build)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }
}
