namespace SnowChatOps.Bot.Tickets.Cards;

/// <summary>
/// The acting part of a ticket card. <see cref="Buttons"/> is false in a non-responder's own view (refresh);
/// <see cref="Keys"/> are the idempotency keys minted for this rendering, one per action; <see cref="StateNames"/>
/// names the allowed next states (already renamed per tenant), in order.
/// </summary>
internal sealed record TicketCardActing(
    bool Buttons,
    IReadOnlyDictionary<string, string> Keys,
    IReadOnlyList<(string Code, string Name)> NextStates,
    IReadOnlyList<string> RefreshUserIds)
{
    /// <summary>A one-line result of the last press (already localized), shown above the buttons.</summary>
    public string? Notice { get; init; }

    public bool NoticeIsWarning { get; init; }

    /// <summary>The latest work note, already made safe for a TextBlock.</summary>
    public string? LatestNote { get; init; }
}
