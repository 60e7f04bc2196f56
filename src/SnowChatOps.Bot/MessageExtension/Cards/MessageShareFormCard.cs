using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.MessageExtension.Cards;

/// <summary>
/// The share dialog's form: the chat form's fields (<see cref="ShareFormFields"/>), except that the recommendation
/// source is fixed to "User recommendation" and the category starts unchosen.
/// </summary>
internal static class MessageShareFormCard
{
    public static AdaptiveCard Build(MessageShareFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = ShareFormFields.Header(MessageExtensionText.Form_Subtitle, view.Notice, view.Errors);
        body.AddRange(ShareFormFields.Ticket(view.Values, view.Today));
        body.Add(new FactSet([new Fact(SharingText.Field_Source, SharingNames.Source(RecommendationSource.User))]));
        body.Add(ShareFormFields.Category(view.Values) with { Placeholder = MessageExtensionText.Form_CategoryPlaceholder });
        return new AdaptiveCard(body, [
            new SubmitAction(SharingText.Form_Send, new CardSubmit(MessageShareNames.SubmitVerb, new Sharing.ShareArg(view.CorrelationId, null).ToArg())) { Style = "positive" },
        ]);
    }
}
