using System.Text;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>
/// One ticket as the tickets cards list it: number, state name, its ServiceNow link (null when not connected) and the
/// title it was shared with (the improvement action or message title; null for none).
/// </summary>
internal sealed record TicketLine(string Number, string StateName, Uri? Link, string? Title = null)
{
    /// <summary>Titles are cut to this many characters: a list line, not the ticket.</summary>
    public const int MaxTitleLength = 80;

    public string ToMarkdown()
    {
        var line = Link is null ? $"- {Number} · {StateName}" : $"- [{Number}]({Link.AbsoluteUri}) · {StateName}";
        var title = UserText.Clean(Title, MaxTitleLength).ReplaceLineEndings(" ").Trim();
        return title.Length == 0 ? line : $"{line} · {Escape(title)}";
    }

    // The title is text, not markdown: a "[x](y)" or "*" in it must not become a link or emphasis.
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<' or '>' or '#' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
