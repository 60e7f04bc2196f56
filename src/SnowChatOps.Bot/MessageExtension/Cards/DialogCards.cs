using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.MessageExtension.Cards;

/// <summary>The share dialog's answers besides the form and the ticket card. No buttons: the dialog is closed with its X.</summary>
internal static class DialogCards
{
    /// <summary>Instead of the form when the tenant has no usable ServiceNow connection: says so, and how to connect.</summary>
    public static AdaptiveCard NotConnected() => Notice(MessageExtensionText.NotConnected_Title, MessageExtensionText.NotConnected_Body);

    public static AdaptiveCard Queued(string ticketName) => new(
        [
            new TextBlock(MessageExtensionText.Queued_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(ticketName) { IsSubtle = true, Spacing = "None" },
            new TextBlock(MessageExtensionText.Queued_Body),
        ]);

    public static AdaptiveCard InProgress() => Notice(MessageExtensionText.InProgress_Title, MessageExtensionText.InProgress_Body);

    public static AdaptiveCard NotOwner() => Notice(MessageExtensionText.NotOwner_Title, MessageExtensionText.NotOwner_Body);

    /// <summary>An unknown or empty command id: a card, the one answer both fetchTask and submitAction accept everywhere.</summary>
    public static AdaptiveCard UnknownCommand() => Notice(MessageExtensionText.UnknownCommand_Title, MessageExtensionText.UnknownCommand);

    public static AdaptiveCard Stale() => Notice(MessageExtensionText.Stale_Title, MessageExtensionText.Stale_Body);

    private static AdaptiveCard Notice(string title, string body) => new(
        [
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(body),
        ]);
}
