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

    public static string CloseCode(string code) => code switch
    {
        "Solution provided" => TicketsText.CloseCode_SolutionProvided,
        "Workaround provided" => TicketsText.CloseCode_WorkaroundProvided,
        "Resolved by caller" => TicketsText.CloseCode_ResolvedByCaller,
        "Resolved by change" => TicketsText.CloseCode_ResolvedByChange,
        "Resolved by problem" => TicketsText.CloseCode_ResolvedByProblem,
        "Duplicate" => TicketsText.CloseCode_Duplicate,
        "No resolution provided" => TicketsText.CloseCode_NoResolution,
        "successful" => TicketsText.CloseCode_Successful,
        "successful_issues" => TicketsText.CloseCode_SuccessfulIssues,
        "unsuccessful" => TicketsText.CloseCode_Unsuccessful,
        _ => code,
    };

    public static string HoldReason(string code) => code switch
    {
        "1" => TicketsText.Hold_AwaitingCaller,
        "3" => TicketsText.Hold_AwaitingProblem,
        "4" => TicketsText.Hold_AwaitingVendor,
        "5" => TicketsText.Hold_AwaitingChange,
        _ => code,
    };
}
