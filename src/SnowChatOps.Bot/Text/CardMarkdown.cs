using System.Text;

namespace SnowChatOps.Bot.Text;

/// <summary>
/// Text from a person, ServiceNow or Graph on its way into an Adaptive Card TextBlock, which Teams renders as markdown:
/// every markdown character is escaped, so a title like "[click](https://evil)" or "**urgent**" shows as typed and
/// cannot become a link, emphasis, a heading or a list.
/// </summary>
internal static class CardMarkdown
{
    /// <summary>A person's name on a card (shared by, changed by) is cut to this many characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>
    /// <paramref name="text"/> with markdown characters (and a leading list marker) backslash-escaped, and "{{" broken
    /// so an Adaptive Cards DATE()/TIME() function in it is not formatted.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var listMarker = ListMarkerEnd(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsMarkdown(c) || i == listMarker)
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                // "{{DATE(...)}}" would be formatted by the renderer; a zero-width space keeps it the typed text.
                builder.Append('\u200B');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// One line of card text: <see cref="UserText.Clean"/> to <paramref name="maxLength"/>, line breaks as spaces,
    /// trimmed, then <see cref="Escape"/>d. Empty for null.
    /// </summary>
    public static string Line(string? text, int maxLength) =>
        Escape(UserText.Clean(text, maxLength).ReplaceLineEndings(" ").Trim());

    // Brackets cover links ("[x](y)" needs both); parentheses alone are plain text and stay readable.
    private static bool IsMarkdown(char c) =>
        c is '\\' or '*' or '_' or '[' or ']' or '#' or '`' or '<' or '>' or '~';

    // "- x", "+ x" and "1. x" / "1) x" at the start of a TextBlock render as a list: the index of the marker's
    // punctuation to escape, or -1.
    private static int ListMarkerEnd(string text)
    {
        if (text.Length >= 2 && text[0] is '-' or '+' && text[1] == ' ')
        {
            return 0;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ' ? digits : -1;
    }
}
