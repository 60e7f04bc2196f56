using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Cards;

/// <summary>The notifications card's subscriptions (each with Edit, Remove, Send a test notification) and change sources.</summary>
internal static class SubscriptionsSection
{
    /// <summary>Stale-webhook warnings look back this far.</summary>
    public static readonly TimeSpan StaleWindow = TimeSpan.FromHours(24);

    public static IEnumerable<CardElement> Build(SubscriptionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        yield return new TextBlock(SubscriptionsText.Subs_Title) { Weight = "Bolder", Separator = true };
        if (view.Subscriptions.Count == 0)
        {
            yield return new TextBlock(SubscriptionsText.Subs_None);
        }

        foreach (var s in view.Subscriptions)
        {
            yield return Line(s, view);
        }

        foreach (var element in Sources(view))
        {
            yield return element;
        }
    }

    /// <summary>The card's main button: subscribe this conversation, or edit its subscription.</summary>
    public static CardAction HereAction(SubscriptionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.HereId is { } id
            ? new SubmitAction(SubscriptionsText.Button_EditHere, new CardSubmit(SubscriptionVerbs.Form, new SubscriptionArg(id).Write())) { AssociatedInputs = "none" }
            : new SubmitAction(SubscriptionsText.Button_SubscribeHere, new CardSubmit(SubscriptionVerbs.Form)) { Style = "positive", AssociatedInputs = "none" };
    }

    public static IEnumerable<CardElement> Sources(SubscriptionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var tenant = view.Health.Tenant;
        yield return new TextBlock(SubscriptionsText.Sources_Title) { Weight = "Bolder", Separator = true };
        yield return new TextBlock(tenant.WebhookAt is { } hook
            ? SubscriptionText.Format(SubscriptionsText.Sources_Webhook, SubscriptionText.Time(hook))
            : SubscriptionsText.Sources_WebhookNever) { Size = "Small" };
        yield return new TextBlock(tenant.PollAt is { } poll
            ? SubscriptionText.Format(SubscriptionsText.Sources_Poll, SubscriptionText.Time(poll))
            : SubscriptionsText.Sources_PollNever) { Size = "Small", Spacing = "None" };
        foreach (var (table, since) in view.Watermarks)
        {
            yield return new TextBlock(SubscriptionText.Format(SubscriptionsText.Sources_Watermark, SubscriptionText.TableName(table), SubscriptionText.Time(since))) { Size = "Small", Spacing = "None", IsSubtle = true };
        }

        if (view.StaleChanges > 0)
        {
            var text = view.StaleChanges == 1
                ? SubscriptionsText.Sources_StaleOne
                : string.Format(CultureInfo.CurrentCulture, SubscriptionsText.Sources_StaleMany, view.StaleChanges);
            yield return new TextBlock(text) { Color = "Warning", Id = "staleWebhook" };
        }
    }

    private static Container Line(Subscription s, SubscriptionsView view)
    {
        var name = SubscriptionText.Conversation(s);
        var arg = new SubscriptionArg(s.Id).Write();
        return new Container(
        [
            new TextBlock(s.Id == view.HereId ? SubscriptionText.Format(SubscriptionsText.Subs_ThisConversation, name) : name) { Weight = "Bolder" },
            new TextBlock(SubscriptionText.Filter(s.Filter, view.StateName)) { Spacing = "None" },
            new TextBlock(SubscriptionText.Health(view.Health.For(s.Id))) { Spacing = "None", Size = "Small", IsSubtle = true, Id = "health-" + s.Id },
            new ActionSet(
            [
                new SubmitAction(SubscriptionsText.Button_Edit, new CardSubmit(SubscriptionVerbs.Form, arg)) { AssociatedInputs = "none" },
                new SubmitAction(SubscriptionsText.Button_Test, new CardSubmit(SubscriptionVerbs.Test, arg)) { AssociatedInputs = "none" },
                new SubmitAction(SubscriptionsText.Button_Remove, new CardSubmit(SubscriptionVerbs.Remove, arg)) { Style = "destructive", AssociatedInputs = "none" },
            ]),
        ]) { Separator = true };
    }
}
