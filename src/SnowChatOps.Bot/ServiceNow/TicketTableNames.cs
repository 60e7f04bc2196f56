using System.Diagnostics.CodeAnalysis;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Maps <see cref="TicketTable"/> to and from ServiceNow table names.</summary>
internal static class TicketTableNames
{
    public const string Incident = "incident";
    public const string ChangeRequest = "change_request";

    public static string ToTableName(this TicketTable table) => table switch
    {
        TicketTable.Incident => Incident,
        TicketTable.ChangeRequest => ChangeRequest,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown ticket table."),
    };

    public static bool TryParse(string? tableName, [NotNullWhen(true)] out TicketTable? table)
    {
        table = tableName switch
        {
            Incident => TicketTable.Incident,
            ChangeRequest => TicketTable.ChangeRequest,
            _ => null,
        };
        return table is not null;
    }
}
