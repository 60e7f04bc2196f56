using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// The next states the card offers, from ServiceNow's out-of-box state models: incident New / In Progress / On Hold /
/// Resolved / Closed / Canceled, and the normal change model New → Assess → Authorize → Scheduled → Implement →
/// Review → Closed, with Canceled from every open state (ServiceNow docs, "State model and transitions",
/// it-service-management/change-management/c_ChangeStateModel). Closed and Canceled are final.
/// </summary>
internal static class TicketTransitions
{
    public const string IncidentOnHold = "3";
    public const string IncidentResolved = "6";
    public const string ChangeClosed = "3";

    private static readonly Dictionary<string, string[]> Incident = new(StringComparer.Ordinal)
    {
        ["1"] = ["2", "3", "6", "8"],
        ["2"] = ["3", "6", "8"],
        ["3"] = ["2", "6", "8"],
        ["6"] = ["2"],
    };

    private static readonly Dictionary<string, string[]> Change = new(StringComparer.Ordinal)
    {
        ["-5"] = ["-4", "4"],
        ["-4"] = ["-3", "4"],
        ["-3"] = ["-2", "4"],
        ["-2"] = ["-1", "4"],
        ["-1"] = ["0", "4"],
        ["0"] = ["3"],
    };

    public static IReadOnlyList<string> Next(TicketTable table, string state) =>
        (table == TicketTable.Incident ? Incident : Change).TryGetValue(state, out var next) ? next : [];

    public static bool IsAllowed(TicketTable table, string from, string to) => Next(table, from).Contains(to, StringComparer.Ordinal);

    /// <summary>Whether moving to <paramref name="state"/> needs a close code and close notes (ServiceNow's data policy).</summary>
    public static bool NeedsClosure(TicketTable table, string state) =>
        table == TicketTable.Incident ? state == IncidentResolved : state == ChangeClosed;
}
