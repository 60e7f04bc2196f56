using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// User-typed text on its way to ServiceNow or onto a card: control characters (except line breaks) removed, trimmed,
/// bounded; on a card, Adaptive Card markdown characters are escaped so a note cannot become a link or a heading.
/// </summary>
internal static class CardText
{
    public const int MaxNoteLength = 2000;
    public const int MaxShownLength = 300;

    /// <summary>The text to write, or null when nothing printable is left.</summary>
    public static string? Clean(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // UserText keeps CR and tab; a note keeps only its line breaks.
        var cleaned = UserText.Clean(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal).Trim();
        return cleaned.Length == 0 ? null : cleaned.Length > maxLength ? cleaned[..maxLength] : cleaned;
    }

    /// <summary>Text from ServiceNow or a user, safe to show in a TextBlock: one paragraph, bounded, markdown escaped.</summary>
    public static string Shown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => Clean(w, int.MaxValue)).OfType<string>());
        if (flat.Length > MaxShownLength)
        {
            flat = flat[..MaxShownLength] + "…";
        }

        return CardMarkdown.Escape(flat);
    }
}
