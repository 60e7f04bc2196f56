using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// ServiceNow's out-of-box state models (state code → name) for the tables we file in. Names here are the
/// defaults an admin may rename per tenant; <see cref="TicketStateNames"/> applies the renames.
/// </summary>
internal static class TicketStates
{
    public static IReadOnlyList<TicketState> For(TicketTable table) => table == TicketTable.Incident ? Incident : ChangeRequest;

    public static IReadOnlyList<TicketState> Incident { get; } =
    [
        new("1", "New", Open: true), new("2", "In Progress", Open: true), new("3", "On Hold", Open: true),
        new("6", "Resolved", Open: false), new("7", "Closed", Open: false), new("8", "Canceled", Open: false),
    ];

    public static IReadOnlyList<TicketState> ChangeRequest { get; } =
    [
        new("-5", "New", Open: true), new("-4", "Assess", Open: true), new("-3", "Authorize", Open: true),
        new("-2", "Scheduled", Open: true), new("-1", "Implement", Open: true), new("0", "Review", Open: true),
        new("3", "Closed", Open: false), new("4", "Canceled", Open: false),
    ];

    public static TicketState? Find(TicketTable table, string code) => For(table).FirstOrDefault(s => s.Code == code);

    /// <summary>
    /// Closed or Canceled: the ticket's life is over (ServiceNow's state models: incident 7 Closed, 8 Canceled;
    /// change_request 3 Closed, 4 Canceled). Resolved is not an end: an incident can be reopened from it.
    /// </summary>
    public static bool Ended(TicketTable table, string code)
        => table == TicketTable.Incident ? code is "7" or "8" : code is "3" or "4";

    /// <summary>The key under which a tenant's rename of this state is stored ("incident:6").</summary>
    public static string Key(TicketTable table, string code) => $"{table.ToTableName()}:{code}";
}
