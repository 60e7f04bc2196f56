namespace SnowChatOps.Bot.ServiceNow;

/// <summary>The ServiceNow tables SnowChatOps files tickets in.</summary>
internal enum TicketTable
{
    Incident,
    ChangeRequest,
}
