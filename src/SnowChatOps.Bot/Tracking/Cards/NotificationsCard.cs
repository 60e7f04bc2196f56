using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>The admin's notifications card: where state changes go, a button to move or stop them, and the webhook settings.</summary>
internal static class NotificationsCard
{
    public static AdaptiveCard Build(NotificationsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement> { new TextBlock(TrackingText.Notifications_Title) { Size = "Large", Weight = "Bolder" } };
        if (view.Notice is { } notice)
        {
            body.Add(new TextBlock(notice) { Color = "Good" });
        }

        body.Add(new TextBlock(view.Target switch
        {
            NotificationsTarget.Here => TrackingText.Notifications_Here,
            NotificationsTarget.Elsewhere => TrackingText.Notifications_Elsewhere,
            _ => TrackingText.Notifications_Default,
        }));
        body.AddRange(Webhook(view));
        CardAction action = view.Target == NotificationsTarget.Here
            ? new SubmitAction(TrackingText.Notifications_StopHere, new CardSubmit(TrackingVerbs.NotificationsStop)) { Style = "destructive" }
            : new SubmitAction(TrackingText.Notifications_SendHere, new CardSubmit(TrackingVerbs.NotificationsHere)) { Style = "positive" };
        return new AdaptiveCard(body, [action]);
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
        yield return new TextBlock(string.Format(CultureInfo.CurrentCulture, TrackingText.Notifications_Polling, minutes)) { IsSubtle = true, Size = "Small" };
    }
}
