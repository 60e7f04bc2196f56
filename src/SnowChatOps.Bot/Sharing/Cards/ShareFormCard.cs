using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>
/// The ticket form: required fields marked, client-side rules that mirror <see cref="ShareFormValidator"/>; Send, and
/// Cancel (which submits no inputs, so a half-filled form does not trip required-field checks).
/// </summary>
internal static class ShareFormCard
{
    public static AdaptiveCard Build(ShareFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = ShareFormFields.Header(view.ActionTitle, view.Notice, view.Errors);
        body.AddRange(ShareFormFields.Ticket(view.Values, view.Today));
        body.Add(ShareFormFields.Source(view.Values));
        body.Add(ShareFormFields.Category(view.Values));
        return new AdaptiveCard(body, [
            new SubmitAction(SharingText.Form_Send, new CardSubmit(ShareCommandNames.Submit, view.Arg.ToArg())) { Style = "positive" },
            new SubmitAction(SharingText.Form_Cancel, new CardSubmit(ShareCommandNames.Cancel, view.Arg.ToArg())) { AssociatedInputs = "none" },
        ]);
    }
}
