using System.Text;

namespace SnowChatOps.Bot.SecureScore.Text;

/// <summary>
/// Converts Graph's HTML remediation text into safe plain text with light markdown: paragraphs and list items become
/// line breaks and "- " bullets, http(s) links become [text](url), script/style content is dropped, entities are
/// decoded, whitespace is collapsed, and the result is capped.
/// </summary>
internal static class HtmlToText
{
    public const int DefaultMaxLength = 4000;

    public static string Convert(string? html, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var writer = new MarkdownTextWriter();
        foreach (var token in HtmlTokenizer.Tokenize(html))
        {
            writer.Write(token);
        }

        return Truncate(Normalize(writer.ToString()), maxLength);
    }

    // Collapses runs of spaces, trims every line, and keeps at most one blank line between blocks.
    private static string Normalize(string raw)
    {
        var result = new StringBuilder(raw.Length);
        var blankPending = false;
        foreach (var rawLine in raw.Split('\n'))
        {
            var line = string.Join(' ', rawLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                blankPending = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankPending ? "\n\n" : "\n");
            }

            result.Append(line);
            blankPending = false;
        }

        return result.ToString();
    }

    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
