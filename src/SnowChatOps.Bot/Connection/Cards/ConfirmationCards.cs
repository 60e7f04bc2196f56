using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>"Signed in to ServiceNow as … — use this account?", and the second question for a personal account.</summary>
internal static class ConfirmationCards
{
    public static AdaptiveCard Ask(PendingConfirmation held, TimeSpan lifetime)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Format(ConnectionText.Confirm_Title, held.SignedInAsUserName)) { Size = "Medium", Weight = "Bolder" },
            new TextBlock(Format(ConnectionText.Confirm_Account, held.SignedInAsUserName, held.SignedInAsName, held.InstanceUrl)),
            held.SignedInAsIntegrationUser
                ? new TextBlock(ConnectionText.Confirm_Integration)
                : new Container([new TextBlock(Format(ConnectionText.Confirm_PersonalWarning, held.SignedInAsUserName)) { Weight = "Bolder" }]) { Style = "warning" },
            new TextBlock(Format(ConnectionText.Confirm_Expires, (int)lifetime.TotalMinutes)) { IsSubtle = true },
        };
        return new AdaptiveCard(body, Buttons(held, ConnectionVerbs.ConfirmSignIn, ConnectionText.Confirm_Use));
    }

    public static AdaptiveCard AskPersonal(PendingConfirmation held) => new(
        [
            new TextBlock(Format(ConnectionText.Confirm_Personal_Title, held.SignedInAsUserName)) { Size = "Medium", Weight = "Bolder" },
            new Container([new TextBlock(Format(ConnectionText.Confirm_Personal_Body, held.SignedInAsUserName)) { Weight = "Bolder" }]) { Style = "warning" },
        ],
        Buttons(held, ConnectionVerbs.ConfirmPersonalSignIn, ConnectionText.Confirm_Personal_Use));

    private static List<CardAction> Buttons(PendingConfirmation held, string confirmVerb, string confirmTitle) =>
    [
        new SubmitAction(confirmTitle, new CardSubmit(confirmVerb, held.Id)) { Style = "positive" },
        new SubmitAction(ConnectionText.Confirm_Decline, new CardSubmit(ConnectionVerbs.DeclineSignIn, held.Id)) { Style = "destructive" },
    ];

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
