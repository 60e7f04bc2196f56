using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>The short state-change notice: "CHG0030001: Assess → Implement (by abel.tuter)" and an Open in ServiceNow button.</summary>
internal static class NotificationCard
{
    public static AdaptiveCard Build(string number, string from, string to, string? by, Uri? link)
    {
        var text = string.IsNullOrWhiteSpace(by)
            ? string.Format(CultureInfo.CurrentCulture, TrackingText.Notification_Change, number, from, to)
            : string.Format(CultureInfo.CurrentCulture, TrackingText.Notification_ChangeBy, number, from, to, CardMarkdown.Line(by, CardMarkdown.MaxNameLength));
        IReadOnlyList<CardAction>? actions = link is null ? null : [new OpenUrlAction(TrackingText.Notification_Open, link)];
        return new AdaptiveCard([new TextBlock(text) { Weight = "Bolder" }], actions);
    }
}
