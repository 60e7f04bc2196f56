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
        var title = CardMarkdown.Line(Title, MaxTitleLength);
        return title.Length == 0 ? line : $"{line} · {title}";
    }
}
