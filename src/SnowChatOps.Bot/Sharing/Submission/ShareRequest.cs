namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// One press of a share form's send button, from the chat form or the message extension's dialog alike: the
/// card's argument, the form as typed (null for "Create another anyway", which runs the held submission as
/// stored), and who pressed it where.
/// </summary>
internal sealed record ShareRequest
{
    public required string TenantId { get; init; }

    public required ShareArg Arg { get; init; }

    public Form.ShareFormValues? Values { get; init; }

    /// <summary>The pressing user's id (<see cref="SharingTurn.UserId"/>); a submission answers only its owner.</summary>
    public required string UserId { get; init; }

    public required string UserName { get; init; }

    public required string InitiatedBy { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The card that was pressed (the form the outcome replaces); null in a dialog.</summary>
    public string? CardActivityId { get; init; }

    public required UserCalendar Clock { get; init; }

    public required string Locale { get; init; }

    public bool Anyway => Values is null;
}
