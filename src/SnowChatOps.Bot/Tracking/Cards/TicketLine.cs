namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>One ticket as the tickets cards list it: number, state name and its ServiceNow link (null when not connected).</summary>
internal sealed record TicketLine(string Number, string StateName, Uri? Link)
{
    public string ToMarkdown() => Link is null ? $"- {Number} · {StateName}" : $"- [{Number}]({Link.AbsoluteUri}) · {StateName}";
}
