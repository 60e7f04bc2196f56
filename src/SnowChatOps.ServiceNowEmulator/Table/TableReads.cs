using System.Text.Json.Nodes;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Query;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>Table API reads: a list (encoded query, name-value filters, paging) and one record.</summary>
internal static class TableReads
{
    public static IResult List(string table, HttpContext context, SchemaResolver schemas, RecordStore store, RecordPresenter presenter, bool emptyListIs404)
    {
        if (schemas.Find(table) is not { } def)
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        var query = EncodedQueryParser.Parse(QueryText(context.Request.Query, def), def, user);
        var matching = query.Apply(store.List(table)).ToList();
        var paging = Paging.From(context.Request.Query);
        var page = matching.Skip(paging.Offset).Take(paging.Limit).ToList();
        if (page.Count == 0 && emptyListIs404)
        {
            return SnowErrors.Error(StatusCodes.Status404NotFound, SnowErrors.NoRecord,
                "Records matching query not found. Check query parameter or offset parameter");
        }

        // As on a real instance, row ACLs run on the page after the query and limit: a page can come back short
        // (even empty, with 200) while X-Total-Count still counts the rows the caller cannot see.
        paging.WriteHeaders(context, matching.Count);
        var options = PresentOptions.From(context.Request);
        var visible = page.Where(r => TableAcl.CanRead(user, table, r));
        var result = new JsonArray([.. visible.Select(r => (JsonNode)presenter.Present(def, r, options, user))]);
        return Results.Json(new JsonObject { ["result"] = result });
    }

    public static IResult Get(string table, string sysId, HttpContext context, SchemaResolver schemas, RecordStore store, RecordPresenter presenter)
    {
        if (schemas.Find(table) is not { } def)
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        return store.Get(table, sysId) is { } row && TableAcl.CanRead(user, table, row)
            ? Results.Json(new JsonObject { ["result"] = presenter.Present(def, row, PresentOptions.From(context.Request), user) })
            : SnowErrors.NotFound();
    }

    /// <summary>
    /// <c>sysparm_query</c> plus name-value filters (<c>?number=INC0010001</c>): every non-<c>sysparm_</c> parameter that
    /// names a column is ANDed in as an equality term; parameters naming no column are ignored.
    /// </summary>
    private static string QueryText(IQueryCollection parameters, TableDef def)
    {
        var filters = parameters
            .Where(p => !p.Key.StartsWith("sysparm_", StringComparison.Ordinal) && def.Has(p.Key))
            .Select(p => $"{p.Key}={p.Value}");
        return string.Join('^', filters.Append(parameters["sysparm_query"].ToString()).Where(t => t.Length > 0));
    }
}
