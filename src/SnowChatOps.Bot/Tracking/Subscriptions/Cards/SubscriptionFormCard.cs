using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Cards;

/// <summary>
/// The filter form: ticket type, minimum priority, target states (in the tenant's names), Secure Score category;
/// Save (a new subscription of this conversation, or an edit of <paramref name="editing"/>) and Cancel.
/// </summary>
internal static class SubscriptionFormCard
{
    public static AdaptiveCard Build(Subscription? editing, Func<TicketTable, string, string> stateName)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        var filter = editing?.Filter ?? SubscriptionFilter.None;
        var body = new List<CardElement>
        {
            new TextBlock(editing is null ? SubscriptionsText.Form_Title : SubscriptionsText.Form_EditTitle) { Size = "Large", Weight = "Bolder" },
        };
        if (editing is not null)
        {
            body.Add(new TextBlock(SubscriptionText.Conversation(editing)) { Spacing = "None", IsSubtle = true });
        }

        body.Add(Choices(SubscriptionForm.TypeInput, SubscriptionsText.Form_Type, filter.Table?.ToTableName() ?? SubscriptionForm.Any,
        [
            new(SubscriptionsText.Form_TypeAny, SubscriptionForm.Any),
            new(SubscriptionsText.Form_TypeIncident, TicketTableNames.Incident),
            new(SubscriptionsText.Form_TypeChange, TicketTableNames.ChangeRequest),
        ]));
        body.Add(Choices(SubscriptionForm.PriorityInput, SubscriptionsText.Form_Priority, filter.MaxPriority?.ToString(CultureInfo.InvariantCulture) ?? SubscriptionForm.Any,
            [new(SubscriptionsText.Form_PriorityAny, SubscriptionForm.Any), .. Enumerable.Range(1, 5).Select(p => new Choice(
                SubscriptionText.Format(SubscriptionsText.Form_PriorityAtLeast, SubscriptionText.Priority(p)), p.ToString(CultureInfo.InvariantCulture)))]));
        body.Add(new ChoiceSetInput(SubscriptionForm.AllStateKeys.Select(k => new Choice(SubscriptionText.State(k, stateName, withTable: true), k)).ToList())
        {
            Id = SubscriptionForm.StatesInput, Label = SubscriptionsText.Form_States, IsMultiSelect = true, Style = "expanded",
            Value = filter.States.Count == 0 ? null : string.Join(',', filter.States),
        });
        body.Add(Choices(SubscriptionForm.CategoryInput, SubscriptionsText.Form_Category, filter.Category?.ToString() ?? SubscriptionForm.Any,
            [new(SubscriptionsText.Form_CategoryAny, SubscriptionForm.Any), .. Enum.GetValues<ActionCategory>().Select(c => new Choice(SubscriptionText.Category(c), c.ToString()))]));
        var save = new CardSubmit(SubscriptionVerbs.Save, editing is null ? null : new SubscriptionArg(editing.Id).Write());
        return new AdaptiveCard(body,
        [
            new SubmitAction(SubscriptionsText.Form_Save, save) { Style = "positive" },
            new SubmitAction(SubscriptionsText.Form_Cancel, new CardSubmit(TrackingVerbs.Notifications)) { AssociatedInputs = "none" },
        ]);
    }

    private static ChoiceSetInput Choices(string id, string label, string value, IReadOnlyList<Choice> choices)
        => new(choices) { Id = id, Label = label, Value = value, Style = "compact" };
}
