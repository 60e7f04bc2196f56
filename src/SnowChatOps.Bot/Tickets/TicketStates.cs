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

    /// <summary>The key under which a tenant's rename of this state is stored ("incident:6").</summary>
    public static string Key(TicketTable table, string code) => $"{table.ToTableName()}:{code}";
}
