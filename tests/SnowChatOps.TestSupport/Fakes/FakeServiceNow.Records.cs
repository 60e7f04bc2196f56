using System.Globalization;
using System.Text.Json.Nodes;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>How the fake reads queries and writes, and shows records, the way the Table API does (all values strings).</summary>
internal sealed partial class FakeServiceNow
{
    // ServiceNow's default incident priority lookup: impact x urgency -> priority.
    private static readonly Dictionary<(string, string), int> IncidentPriority = new()
    {
        [("1", "1")] = 1, [("1", "2")] = 2, [("2", "1")] = 2, [("2", "2")] = 3, [("1", "3")] = 3, [("3", "1")] = 3, [("2", "3")] = 4, [("3", "2")] = 4, [("3", "3")] = 5,
    };

    private static IEnumerable<Ticket> Filter(IEnumerable<Ticket> tickets, string term)
    {
        if (term.StartsWith("ORDERBY", StringComparison.Ordinal))
        {
            return tickets;
        }

        if (term.Split("STARTSWITH", 2) is [var prefixed, var prefix] && !prefixed.Contains('='))
        {
            return tickets.Where(t => Field(t, prefixed)?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true);
        }

        if (term.Split(">=", 2) is [var later, var since])
        {
            return tickets.Where(t => string.CompareOrdinal(Field(t, later), since) >= 0);
        }

        if (term.Split("NOT IN", 2) is [var field, var values] && !field.Contains('='))
        {
            var excluded = values.Split(',');
            return tickets.Where(t => !excluded.Contains(Field(t, field)));
        }

        if (term.Split("LIKE", 2) is [var likeField, var words] && !likeField.Contains('='))
        {
            return tickets.Where(t => Field(t, likeField)?.Contains(words, StringComparison.OrdinalIgnoreCase) == true);
        }

        if (term.Split("IN", 2) is [var inField, var included] && inField == "sys_id")
        {
            var wanted = included.Split(',');
            return tickets.Where(t => wanted.Contains(t.SysId));
        }

        if (term.Split('=', 2) is [var name, var value])
        {
            return tickets.Where(t => Field(t, name) == value);
        }

        throw new InvalidOperationException($"FakeServiceNow does not understand the query term {term}.");
    }

    private static string? Field(Ticket ticket, string field) => field switch
    {
        "correlation_id" => ticket.CorrelationId,
        "u_m365_action_id" => ticket.ActionId,
        "state" => ticket.State,
        "number" => ticket.Number,
        "short_description" => ticket.ShortDescription,
        "sys_updated_on" => ticket.UpdatedOn is { } at ? ServiceNowDateTime.ToServiceNow(at) : string.Empty,
        _ => throw new InvalidOperationException($"FakeServiceNow does not query {field}."),
    };

    // ORDERBYsys_updated_on (then sys_id) is the only ordering the bot asks this fake for.
    private static IEnumerable<Ticket> Order(IEnumerable<Ticket> tickets, string query) =>
        query.Contains("ORDERBYsys_updated_on", StringComparison.Ordinal)
            ? tickets.OrderBy(t => t.UpdatedOn).ThenBy(t => t.SysId, StringComparer.Ordinal)
            : tickets.OrderBy(t => t.SysId, StringComparer.Ordinal);

    private static JsonObject ToJson(Ticket t) => new()
    {
        ["sys_id"] = t.SysId,
        ["number"] = t.Number,
        ["sys_class_name"] = t.Table.ToTableName(),
        ["state"] = t.State,
        ["priority"] = t.Priority?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ["short_description"] = t.ShortDescription ?? string.Empty,
        ["due_date"] = t.DueDate is { } due ? ServiceNowDateTime.ToServiceNow(due) : string.Empty,
        ["sys_updated_on"] = t.UpdatedOn is { } at ? ServiceNowDateTime.ToServiceNow(at) : string.Empty,
        ["sys_mod_count"] = t.ModCount.ToString(CultureInfo.InvariantCulture),
        ["correlation_id"] = t.CorrelationId ?? string.Empty,
        ["u_m365_action_id"] = t.ActionId ?? string.Empty,
    };

    private static NewTicket ToNewTicket(TicketTable table, JsonObject body) => new()
    {
        Table = table,
        ShortDescription = Json(body, "short_description"),
        Description = body["description"]?.GetValue<string>(),
        Priority = table == TicketTable.Incident
            ? IncidentPriority[(Json(body, "impact"), Json(body, "urgency"))]
            : int.Parse(Json(body, "priority"), CultureInfo.InvariantCulture),
        DueDate = ServiceNowDateTime.ParseOrNull(Json(body, "due_date")),
        CorrelationId = Json(body, "correlation_id"),
        InitiatedBy = Json(body, "u_m365_initiated_by"),
        RecommendationSource = Json(body, "u_m365_recommendation_source") switch
        {
            "User recommendation" => SnowChatOps.Bot.ServiceNow.RecommendationSource.User,
            "Microsoft recommendation" => SnowChatOps.Bot.ServiceNow.RecommendationSource.Microsoft,
            _ => null,
        },
        RecommendationCategory = Enum.TryParse<RecommendationCategory>(Json(body, "u_m365_recommendation_category"), out var category) ? category : null,
        ActionId = body["u_m365_action_id"]?.GetValue<string>(),
    };
}
