using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>Localized names of priorities and ticket types (current UI culture).</summary>
internal static class TicketNames
{
    public static string Priority(int priority) => priority switch
    {
        1 => TicketsText.Priority_1,
        2 => TicketsText.Priority_2,
        3 => TicketsText.Priority_3,
        4 => TicketsText.Priority_4,
        5 => TicketsText.Priority_5,
        _ => priority.ToString(System.Globalization.CultureInfo.CurrentCulture),
    };

    public static string Type(TicketTable table) =>
        table == TicketTable.Incident ? TicketsText.Type_Incident : TicketsText.Type_ChangeRequest;
}
