namespace SnowChatOps.Bot.ServiceNow;

/// <summary>A ticket as read back from ServiceNow (stored values, not display values).</summary>
internal sealed record Ticket
{
    public required string SysId { get; init; }

    public required string Number { get; init; }

    public required TicketTable Table { get; init; }

    /// <summary>The raw state code ("1", "-5", ...); meaning depends on <see cref="Table"/>.</summary>
    public required string State { get; init; }

    public int? Priority { get; init; }

    public string? ShortDescription { get; init; }

    public DateTimeOffset? DueDate { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    public int ModCount { get; init; }

    public string? CorrelationId { get; init; }

    public string? ActionId { get; init; }

    public string? Category { get; init; }

    public string? RecommendationCategory { get; init; }

    public string? RecommendationSource { get; init; }
}
