using Microsoft.AspNetCore.WebUtilities;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Agent;

/// <summary>
/// The record addresses a real instance serves and the bot links to ("Open in ServiceNow"):
/// <c>/nav_to.do?uri=incident.do?sys_id=…</c> (ServiceNow's framed UI, the <c>uri</c> URL-encoded or not) and the
/// classic <c>/incident.do?sys_id=…</c>. The emulator has no frameset: both redirect to the agent UI's record page,
/// which asks for a sign-in first. A <c>uri</c> naming another host is never followed.
/// </summary>
internal static class RecordLinks
{
    private static readonly Uri Local = new("http://emulator.invalid/");

    public static IEndpointRouteBuilder MapRecordLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/nav_to.do", (string? uri) => Results.Redirect(Target(uri)));
        app.MapGet("/{table:regex(^(incident|change_request)$)}.do", (string table, HttpRequest request) =>
            Results.Redirect(RecordPage(table, request.Query["sys_id"].ToString())));
        return app;
    }

    private static string Target(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri) || !Uri.TryCreate(Local, uri.Trim(), out var inner) || inner.Host != Local.Host)
        {
            return "/agent";
        }

        var page = inner.AbsolutePath.TrimStart('/');
        var table = page.EndsWith(".do", StringComparison.Ordinal) ? page[..^3] : string.Empty;
        var sysId = QueryHelpers.ParseQuery(inner.Query).TryGetValue("sys_id", out var id) ? id.ToString() : string.Empty;
        return RecordPage(table, sysId);
    }

    private static string RecordPage(string table, string sysId) =>
        Schemas.IsTicketTable(table) && sysId.Length == 32 && sysId.All(char.IsAsciiHexDigit)
            ? $"/agent/{table}/{sysId}"
            : "/agent";
}
