using System.Globalization;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore.Text;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// The share form's first values from the Teams message payload: name = subject, else the first line of the text;
/// description = the body as safe plain text plus who shared it and the link to the message (the body is shortened
/// first so that line always fits). A change request of moderate priority from a user recommendation; no category.
/// </summary>
internal static class MessagePrefill
{
    private const string Ellipsis = "…";
    private const int DefaultPriority = 3;

    public static ShareFormValues For(MessageActionsPayload? message, string sharedBy, DateOnly due)
    {
        var text = BodyText(message?.Body);
        var footer = Footer(sharedBy, message?.LinkToMessage);
        var room = ShareFormInputs.DescriptionMaxLength - footer.Length - 2;
        var description = text.Length == 0 ? footer : Truncate(text, room) + "\n\n" + footer;
        return new ShareFormValues(
            Name(message?.Subject, text),
            description,
            DefaultPriority.ToString(CultureInfo.InvariantCulture),
            due.ToString(ShareFormInputs.DateFormat, CultureInfo.InvariantCulture),
            TicketTableNames.ChangeRequest,
            nameof(RecommendationSource.User),
            string.Empty);
    }

    private static string BodyText(MessageActionsPayloadBody? body)
    {
        if (string.IsNullOrWhiteSpace(body?.Content))
        {
            return string.Empty;
        }

        // Teams sends html; plain text is taken as it is (a '<' in it is not a tag).
        return string.Equals(body.ContentType, "text", StringComparison.OrdinalIgnoreCase)
            ? body.Content.Trim()
            : HtmlToText.Convert(body.Content);
    }

    private static string Name(string? subject, string text)
    {
        var source = string.IsNullOrWhiteSpace(subject)
            ? text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty
            : subject;
        return Truncate(string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), ShareFormInputs.NameMaxLength);
    }

    // Only an absolute https link is written: the payload comes from the client and ends up in a ServiceNow record.
    private static string Footer(string sharedBy, Uri? link) =>
        link is { IsAbsoluteUri: true } uri && uri.Scheme == Uri.UriSchemeHttps
            ? string.Format(CultureInfo.CurrentCulture, MessageExtensionText.Description_Footer, sharedBy, uri.AbsoluteUri)
            : string.Format(CultureInfo.CurrentCulture, MessageExtensionText.Description_FooterNoLink, sharedBy);

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - Ellipsis.Length)].TrimEnd() + Ellipsis;
}
