using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>The small cards a share can end in besides the ticket card.</summary>
internal static class StatusCards
{
    /// <summary>Not connected, or the connection needs reauthorization: instead of the form.</summary>
    public static AdaptiveCard NotConnected() => new(
        [
            new TextBlock(SharingText.NotConnected_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(SharingText.NotConnected_Body),
        ],
        [new SubmitAction(SharingText.NotConnected_Connect, new CardSubmit(ShareCommandNames.Connect)) { Style = "positive" }]);

    public static AdaptiveCard Queued(string actionTitle) => new(
        [
            new TextBlock(SharingText.Queued_Title) { Size = "Large", Weight = "Bolder" },
            Subtitle(actionTitle),
            new TextBlock(SharingText.Queued_Body),
        ]);

    /// <summary>The form's Cancel: nothing was sent; the way back to the actions.</summary>
    public static AdaptiveCard Cancelled(string actionTitle) => new(
        [
            new TextBlock(SharingText.Cancelled_Title) { Size = "Large", Weight = "Bolder" },
            Subtitle(actionTitle),
            new TextBlock(SharingText.Cancelled_Body),
        ],
        [new SubmitAction(SharingText.Cancelled_Browse, new CardSubmit(ShareCommandNames.Actions))]);

    /// <summary>ServiceNow refused a share that has no form to correct in chat (one from a Teams message).</summary>
    public static AdaptiveCard Refused(string title, string error) => new(
        [
            new TextBlock(SharingText.Refused_Title) { Size = "Large", Weight = "Bolder" },
            Subtitle(title),
            new TextBlock(string.Format(CultureInfo.CurrentCulture, SharingText.Refused_Body, error)),
        ]);

    /// <summary>Open tickets already exist for the action: open one, or create another with the same correlation id.</summary>
    public static AdaptiveCard Duplicates(string actionTitle, ShareArg arg, IReadOnlyList<(Ticket Ticket, Uri? Link)> open)
    {
        var first = open[0];
        var list = string.Join("\n", open.Select(o => $"- {o.Ticket.Number} ({SharingNames.Type(o.Ticket.Table)})"));
        var actions = new List<CardAction>();
        if (first.Link is { } link)
        {
            actions.Add(new OpenUrlAction(SharingText.Duplicates_Open, link));
        }

        actions.Add(new SubmitAction(SharingText.Duplicates_CreateAnyway, new CardSubmit(ShareCommandNames.SubmitAnyway, arg.ToArg())));
        return new AdaptiveCard(
            [
                new TextBlock(SharingText.Duplicates_Title) { Size = "Large", Weight = "Bolder" },
                Subtitle(actionTitle),
                new TextBlock(open.Count == 1 ? SharingText.Duplicates_Body_One : string.Format(CultureInfo.CurrentCulture, SharingText.Duplicates_Body, open.Count)),
                new TextBlock(list),
            ],
            actions);
    }

    // The action's or message's title under the heading: text, not markdown.
    private static TextBlock Subtitle(string title) => new(CardMarkdown.Line(title, ShareFormFields.MaxSubtitleLength)) { IsSubtle = true, Spacing = "None" };
}
