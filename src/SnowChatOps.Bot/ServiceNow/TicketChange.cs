namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// What a card action changes on a ticket, written in one PATCH so ServiceNow applies all of it or none of it
/// (a data policy or business rule refusing the update leaves the record as it was).
/// </summary>
internal sealed record TicketChange
{
    public string? WorkNote { get; init; }

    public string? State { get; init; }

    public string? CloseCode { get; init; }

    public string? CloseNotes { get; init; }

    public string? HoldReason { get; init; }

    /// <summary>The <c>sys_user</c> sys_id to assign the ticket to.</summary>
    public string? AssignedTo { get; init; }
}
