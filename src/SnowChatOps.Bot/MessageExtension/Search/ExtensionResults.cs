using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.MessageExtension.Search;

/// <summary>
/// <c>composeExtension</c> answers to query and queryLink invokes: <c>{type: "result", attachmentLayout: "list"}</c>
/// (Teams docs, "Respond to search command"). A notice is one result whose preview and insertion are the same
/// thumbnail card, so the user always reads why there is no ticket instead of Teams' generic error.
/// </summary>
internal static class ExtensionResults
{
    public static MessagingExtensionResponse List(IEnumerable<MessagingExtensionAttachment> attachments) => new()
    {
        ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = "list", Attachments = [.. attachments] },
    };

    /// <summary>Nothing to preview: for a link Teams then shows the plain URL, as it should for links we must not unfurl.</summary>
    public static MessagingExtensionResponse None() => List([]);

    public static MessagingExtensionResponse Notice(string title, string text)
    {
        var card = new ThumbnailCard { Title = Encode(title), Text = Encode(text) }.ToAttachment();
        return List([new MessagingExtensionAttachment(card.ContentType, content: card.Content, preview: card)]);
    }

    /// <summary>The live ticket card as what is inserted, a one-line thumbnail as what the result list shows.</summary>
    public static MessagingExtensionAttachment Ticket(AdaptiveCard card, string number, string title, string summary)
    {
        var content = card.ToAttachment();
        var preview = new ThumbnailCard { Title = Encode(number), Subtitle = Encode(title), Text = Encode(summary) }.ToAttachment();
        return new MessagingExtensionAttachment(content.ContentType, content: content.Content, preview: preview);
    }

    // Thumbnail card text may carry a little HTML in Teams; ServiceNow titles are data, never markup. Only the
    // characters that start markup are escaped, so apostrophes and middle dots read as themselves.
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
