using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// Stock choice values of <c>close_code</c> (incident "Resolution code", change_request "Close code") and of the
/// incident's <c>hold_reason</c>. Values are ServiceNow's stored values; labels are localized in TicketsText.
/// Incident codes are the Utah-and-later list (earlier releases used "Solved (Permanently)" and similar; an instance
/// with the old list refuses ours through its choice list and the card shows that message).
/// </summary>
internal static class TicketCloseCodes
{
    public static IReadOnlyList<string> For(TicketTable table) => table == TicketTable.Incident ? Incident : Change;

    public static IReadOnlyList<string> Incident { get; } =
        ["Solution provided", "Workaround provided", "Resolved by caller", "Resolved by change", "Resolved by problem", "Duplicate", "No resolution provided"];

    public static IReadOnlyList<string> Change { get; } = ["successful", "successful_issues", "unsuccessful"];

    /// <summary>hold_reason: 1 Awaiting Caller, 5 Awaiting Change, 3 Awaiting Problem, 4 Awaiting Vendor.</summary>
    public static IReadOnlyList<string> HoldReasons { get; } = ["1", "5", "3", "4"];
}
