using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Subscriptions.Cards;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>The admin's notifications card: the tenant's subscriptions with their health, a button to subscribe this conversation, and the webhook settings.</summary>
internal static class NotificationsCard
{
    public static AdaptiveCard Build(NotificationsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement> { new TextBlock(TrackingText.Notifications_Title) { Size = "Large", Weight = "Bolder" } };
        if (view.Notice is { } notice)
        {
            body.Add(new TextBlock(notice) { Color = view.NoticeIsWarning ? "Attention" : "Good", Id = "notice" });
        }

        body.AddRange(SubscriptionsSection.Build(view.Subscriptions));
        body.AddRange(Webhook(view));
        return new AdaptiveCard(body, [SubscriptionsSection.HereAction(view.Subscriptions)]);
    }

    private static IEnumerable<CardElement> Webhook(NotificationsView view)
    {
        yield return new TextBlock(TrackingText.Notifications_WebhookTitle) { Weight = "Bolder", Separator = true };
        yield return new TextBlock(TrackingText.Notifications_WebhookUrl);
        yield return new TextBlock(view.WebhookUrl.AbsoluteUri) { Spacing = "None" };
        if (view.Secret is { } secret)
        {
            yield return new TextBlock(TrackingText.Notifications_WebhookSecret);
            yield return new TextBlock(secret) { Id = "webhookSecret", Spacing = "None" };
            yield return new TextBlock(TrackingText.Notifications_SecretAdminsOnly) { IsSubtle = true, Size = "Small" };
        }
        else
        {
            yield return new TextBlock(TrackingText.Notifications_SecretPersonalOnly) { IsSubtle = true };
        }

        var minutes = Math.Max(1, (int)Math.Round(view.PollInterval.TotalMinutes));
        var polling = minutes == 1 ? TrackingText.Notifications_PollingOne : string.Format(CultureInfo.CurrentCulture, TrackingText.Notifications_Polling, minutes);
        yield return new TextBlock(polling) { IsSubtle = true, Size = "Small" };
    }
}
