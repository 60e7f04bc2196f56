using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.MessageExtension.Links;

/// <summary>
/// Reads which incident or change request a ServiceNow UI address opens. The shapes are those ServiceNow documents
/// for navigating to a record by URL (docs "Navigate to a record or module using a URL"): the classic
/// <c>/incident.do?sys_id=…</c>, the framed <c>/nav_to.do?uri=incident.do?sys_id=…</c> (the uri parameter
/// URL-encoded or not), Next Experience's <c>/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D…</c>, and the
/// workspaces' <c>/now/sow/record/incident/&lt;sys_id&gt;</c> (Service Operations Workspace) and
/// <c>/now/cwf/agent/record/…</c>. Which host it names is the caller's business.
/// </summary>
internal static partial class ServiceNowRecordLink
{
    public const int MaxLength = 2048;
    private const int MaxNesting = 3;

    public static bool TryParse(Uri? url, out TicketTable table, [NotNullWhen(true)] out string? sysId)
    {
        table = default;
        sysId = null;
        return url is { IsAbsoluteUri: true } && url.OriginalString.Length <= MaxLength
            && url.Scheme is "https" or "http"
            && TryTarget(url.AbsolutePath, url.Query, MaxNesting, out table, out sysId);
    }

    private static bool TryTarget(string path, string query, int depth, out TicketTable table, [NotNullWhen(true)] out string? sysId)
    {
        table = default;
        sysId = null;
        if (depth == 0)
        {
            return false;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["nav_to.do"] => Parameter(query, "uri") is { } uri && TryRelative(uri, depth - 1, out table, out sysId),
            [var page] when page.EndsWith(".do", StringComparison.Ordinal) =>
                TryTable(page[..^3], out table) && TrySysId(Parameter(query, "sys_id"), out sysId),
            ["now", "nav", "ui", "classic", "params", "target", var target] => TryRelative(Uri.UnescapeDataString(target), depth - 1, out table, out sysId),
            ["now", "sow" or "cwf", .. var rest] => TryWorkspace(rest, out table, out sysId),
            _ => false,
        };
    }

    // ["record", table, sys_id, ...] in SOW; ["agent", "record", table, sys_id, ...] in the configurable workspace.
    private static bool TryWorkspace(string[] rest, out TicketTable table, [NotNullWhen(true)] out string? sysId)
    {
        table = default;
        sysId = null;
        var at = Array.IndexOf(rest, "record");
        return at >= 0 && at + 2 < rest.Length && at <= 1 && TryTable(rest[at + 1], out table) && TrySysId(rest[at + 2], out sysId);
    }

    private static bool TryRelative(string target, int depth, out TicketTable table, [NotNullWhen(true)] out string? sysId)
    {
        table = default;
        sysId = null;
        if (!Uri.TryCreate(new Uri("https://instance.invalid/"), target.TrimStart(), out var inner) || inner.Host != "instance.invalid")
        {
            return false; // an absolute uri inside nav_to.do points elsewhere: never followed
        }

        return TryTarget(inner.AbsolutePath, inner.Query, depth, out table, out sysId);
    }

    private static string? Parameter(string query, string name) =>
        QueryHelpers.ParseQuery(query).TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static bool TryTable(string name, out TicketTable table)
    {
        var ok = TicketTableNames.TryParse(name, out var parsed);
        table = parsed ?? default;
        return ok;
    }

    private static bool TrySysId(string? value, [NotNullWhen(true)] out string? sysId)
    {
        sysId = value is not null && SysIdPattern().IsMatch(value) ? value.ToLowerInvariant() : null;
        return sysId is not null;
    }

    [GeneratedRegex("^[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex SysIdPattern();
}
