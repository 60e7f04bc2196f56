using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// A ticket SnowChatOps created and keeps live in Teams: where its card is, the state last seen, and what the card
/// needs when it is rebuilt outside a turn (who shared it, its title, the sharer's language and UTC offset).
/// </summary>
internal sealed record TrackedTicket(
    string TenantId,
    TicketTable Table,
    string SysId,
    string Number,
    string ActionId,
    string ConversationId,
    string? CardActivityId,
    string LastKnownState,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The display name shown on the card as "shared by".</summary>
    public string SharedBy { get; init; } = "-";

    /// <summary>The card's subtitle (the improvement action or message title); null shows the short description.</summary>
    public string? Title { get; init; }

    /// <summary>The sharer's culture name (en-US, zh-CN) for cards built outside their turn.</summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>The sharer's UTC offset; due dates show as days in it.</summary>
    public TimeSpan UtcOffset { get; init; }

    /// <summary>The ticket's due date in ServiceNow as last seen (at share, or a card refresh); null: none.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>
    /// ServiceNow's sys_mod_count of the last accepted state change; null until one carried it. A change observed with
    /// a count at or below it is older news (a retried or late webhook), not a change back.
    /// </summary>
    public int? LastModCount { get; init; }
}
