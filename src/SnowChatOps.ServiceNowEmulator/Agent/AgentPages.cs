using System.Net;
using System.Text;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;

namespace SnowChatOps.ServiceNowEmulator.Agent;

/// <summary>Server-rendered HTML of the agent workspace (no scripts).</summary>
internal static class AgentPages
{
    public static IResult List(SnowUser agent, IReadOnlyList<Row> incidents, IReadOnlyList<Row> changes)
    {
        var body = new StringBuilder(Header(agent)).Append("<h1>Agent workspace</h1>");
        AppendTable(body, "Incidents", Schemas.Incident, incidents);
        AppendTable(body, "Change requests", Schemas.ChangeRequest, changes);
        return LoginPages.Page("Agent | ServiceNow emulator", body.ToString());
    }

    public static IResult Detail(SnowUser agent, string table, Row row, string journal, string? error)
    {
        var states = Schemas.All[table].Find("state")!.Choices!;
        var body = new StringBuilder(Header(agent))
            .Append($"<p><a href=\"/agent\">&larr; All tickets</a></p><h1>{E(row["number"])}: {E(row["short_description"])}</h1>")
            .Append(error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")
            .Append("<table>");
        foreach (var field in new[] { "state", "priority", "impact", "urgency", "correlation_id", "u_m365_initiated_by",
                     "u_m365_recommendation_source", "u_m365_recommendation_category", "u_m365_action_id", "due_date", "sys_updated_on", "sys_mod_count" })
        {
            var value = row.GetValueOrDefault(field, "");
            var label = field == "state" ? states.GetValueOrDefault(value, value) : value;
            body.Append($"<tr><th>{E(field)}</th><td>{E(label)}</td></tr>");
        }

        body.Append($"</table><h2>Description</h2><pre>{E(row["description"])}</pre>")
            .Append($"<form method=\"post\" action=\"/agent/{E(table)}/{E(row["sys_id"])}\"><label for=\"state\">State</label><select id=\"state\" name=\"state\">");
        foreach (var (value, label) in states)
        {
            body.Append($"<option value=\"{E(value)}\"{(value == row["state"] ? " selected" : "")}>{E(label)}</option>");
        }

        body.Append("</select><label for=\"close_code\">Resolution code (resolve/close)</label><input id=\"close_code\" name=\"close_code\">")
            .Append("<label for=\"close_notes\">Resolution notes (resolve/close)</label><input id=\"close_notes\" name=\"close_notes\">")
            .Append("<label for=\"work_notes\">Work note</label><textarea id=\"work_notes\" name=\"work_notes\" rows=\"3\"></textarea>")
            .Append("<button type=\"submit\">Update</button></form>")
            .Append($"<h2>Work notes</h2><pre>{E(journal)}</pre>");
        return LoginPages.Page($"{row["number"]} | ServiceNow emulator", body.ToString());
    }

    private static void AppendTable(StringBuilder body, string title, string table, IReadOnlyList<Row> rows)
    {
        var states = Schemas.All[table].Find("state")!.Choices!;
        body.Append($"<h2>{E(title)}</h2><table><tr><th>Number</th><th>Short description</th><th>State</th><th>Priority</th><th>Updated</th></tr>");
        foreach (var row in rows)
        {
            body.Append($"<tr><td><a href=\"/agent/{table}/{E(row["sys_id"])}\">{E(row["number"])}</a></td><td>{E(row["short_description"])}</td>")
                .Append($"<td>{E(states.GetValueOrDefault(row["state"], row["state"]))}</td><td>{E(row["priority"])}</td><td>{E(row["sys_updated_on"])}</td></tr>");
        }

        body.Append("</table>");
    }

    private static string Header(SnowUser agent) =>
        $"<p>Signed in as <strong>{E(agent.Name)}</strong> &middot; <a href=\"/logout.do?sysparm_goto=/agent\">Log out</a></p>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
