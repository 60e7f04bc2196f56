using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Cards;

/// <summary>
/// <c>diagnose</c>'s notifications section: each subscription's health and the change sources (webhook, poll,
/// stale-webhook warning), without buttons: changing subscriptions is the admins' <c>notifications</c> card.
/// </summary>
internal sealed class NotificationsDiagnoseSection(SubscriptionsOverview overview) : IDiagnoseSection
{
    public async Task<AdaptiveCard?> BuildAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(tenantId))
        {
            return null;
        }

        var view = await overview.ReadAsync(tenantId, null, cancellationToken);
        var body = new List<CardElement> { new TextBlock(SubscriptionsText.Diagnose_Title) { Size = "Medium", Weight = "Bolder" } };
        if (view.Subscriptions.Count == 0)
        {
            body.Add(new TextBlock(SubscriptionsText.Subs_None));
        }

        foreach (var s in view.Subscriptions)
        {
            body.Add(new TextBlock(SubscriptionText.Conversation(s)) { Weight = "Bolder", Separator = true });
            body.Add(new TextBlock(SubscriptionText.Health(view.Health.For(s.Id))) { Spacing = "None", Size = "Small" });
        }

        body.AddRange(SubscriptionsSection.Sources(view));
        return new AdaptiveCard(body);
    }
}
