using Microsoft.AspNetCore.Http;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>The ServiceNow UI address of a record: <c>https://&lt;instance&gt;/nav_to.do?uri=&lt;table&gt;.do?sys_id=&lt;id&gt;</c>.</summary>
internal static class TicketLink
{
    public static Uri For(ServiceNowInstance instance, TicketTable table, string sysId)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var target = $"{table.ToTableName()}.do" + QueryString.Create("sys_id", sysId);
        return new Uri(instance.BaseUri, "nav_to.do" + QueryString.Create("uri", target).ToUriComponent());
    }
}
