using System.Text.Json.Nodes;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Query;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>The Table API: <c>/api/now/table/{table}</c> (v1: 404 on an empty list) and <c>/api/now/v2/table/{table}</c>.</summary>
internal static class TableEndpoints
{
    public static IEndpointRouteBuilder MapTableApi(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup("/api/now/table"), emptyListIs404: true);
        Map(app.MapGroup("/api/now/v2/table"), emptyListIs404: false);
        return app;
    }

    private static void Map(RouteGroupBuilder group, bool emptyListIs404)
    {
        group.AddEndpointFilter<AcceptCheck>();
        group.MapGet("/{table}", (string table, HttpContext context, RecordStore store, RecordPresenter presenter) =>
            List(table, context, store, presenter, emptyListIs404));
        group.MapGet("/{table}/{sysId}", Get);
        group.MapPost("/{table}", CreateAsync);
        group.MapPut("/{table}/{sysId}", UpdateAsync);
        group.MapPatch("/{table}/{sysId}", UpdateAsync);
        group.MapDelete("/{table}/{sysId}", Delete);
    }

    private static IResult List(string table, HttpContext context, RecordStore store, RecordPresenter presenter, bool emptyListIs404)
    {
        if (!Schemas.All.TryGetValue(table, out var def))
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        var query = EncodedQueryParser.Parse(context.Request.Query["sysparm_query"], def, user);
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

    private static IResult Get(string table, string sysId, HttpContext context, RecordStore store, RecordPresenter presenter)
    {
        if (!Schemas.All.TryGetValue(table, out var def))
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        return store.Get(table, sysId) is { } row && TableAcl.CanRead(user, table, row)
            ? One(presenter.Present(def, row, PresentOptions.From(context.Request), user))
            : SnowErrors.NotFound();
    }

    private static async Task<IResult> CreateAsync(string table, HttpContext context, TableWriter writer, RecordPresenter presenter, CancellationToken ct)
    {
        if (!Schemas.All.TryGetValue(table, out var def))
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        var (fields, error) = await RequestBody.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (!TableAcl.CanWrite(user, table))
        {
            return SnowErrors.AclDenied("Insert");
        }

        var outcome = writer.Create(def, user, fields!);
        if (outcome.Error is not null)
        {
            return outcome.Error;
        }

        var options = PresentOptions.From(context.Request);
        context.Response.Headers.Location = $"{options.BaseUrl}/api/now/table/{table}/{outcome.Row!["sys_id"]}";
        return Results.Json(new JsonObject { ["result"] = presenter.Present(def, outcome.Row, options, user) }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(
        string table, string sysId, HttpContext context, TableWriter writer, RecordStore store, RecordPresenter presenter, CancellationToken ct)
    {
        if (!Schemas.All.TryGetValue(table, out var def))
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        var (fields, error) = await RequestBody.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (store.Get(table, sysId) is not { } existing || !TableAcl.CanRead(user, table, existing))
        {
            return SnowErrors.NotFound();
        }

        if (!TableAcl.CanWrite(user, table))
        {
            return SnowErrors.AclDenied("Update");
        }

        var outcome = writer.Update(def, sysId, user, fields!);
        return outcome.Error ?? One(presenter.Present(def, outcome.Row!, PresentOptions.From(context.Request), user));
    }

    private static IResult Delete(string table, string sysId, HttpContext context, RecordStore store)
    {
        if (!Schemas.All.ContainsKey(table))
        {
            return SnowErrors.InvalidTable(table);
        }

        var user = context.SnowUser();
        if (store.Get(table, sysId) is not { } existing || !TableAcl.CanRead(user, table, existing))
        {
            return SnowErrors.NotFound();
        }

        if (!TableAcl.CanDelete(user))
        {
            return SnowErrors.AclDenied("Delete");
        }

        store.Delete(table, sysId);
        return Results.NoContent();
    }

    private static IResult One(JsonObject record) => Results.Json(new JsonObject { ["result"] = record });
}
