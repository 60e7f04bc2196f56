namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// The Table API under its three paths: <c>/api/now/table</c> (the latest version, like v2: 200 <c>[]</c> on an empty
/// list), <c>/api/now/v1/table</c> (404 "No Record found" on an empty list) and <c>/api/now/v2/table</c>.
/// </summary>
internal static class TableEndpoints
{
    public const string LatestPath = "/api/now/table";
    public const string V1Path = "/api/now/v1/table";
    public const string V2Path = "/api/now/v2/table";

    public static IEndpointRouteBuilder MapTableApi(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup(LatestPath), emptyListIs404: false);
        Map(app.MapGroup(V1Path), emptyListIs404: true);
        Map(app.MapGroup(V2Path), emptyListIs404: false);
        return app;
    }

    /// <summary>Which of the three Table API paths a request came in on (reference links and Location repeat it).</summary>
    public static string PathOf(PathString path) =>
        path.StartsWithSegments(V2Path) ? V2Path : path.StartsWithSegments(V1Path) ? V1Path : LatestPath;

    private static void Map(RouteGroupBuilder group, bool emptyListIs404)
    {
        group.AddEndpointFilter<AcceptCheck>();
        group.MapGet("/{table}", (string table, HttpContext context, Data.SchemaResolver schemas, Data.RecordStore store, RecordPresenter presenter) =>
            TableReads.List(table, context, schemas, store, presenter, emptyListIs404));
        group.MapGet("/{table}/{sysId}", TableReads.Get);
        group.MapPost("/{table}", TableWrites.CreateAsync);
        group.MapPut("/{table}/{sysId}", TableWrites.UpdateAsync);
        group.MapPatch("/{table}/{sysId}", TableWrites.UpdateAsync);
        group.MapDelete("/{table}/{sysId}", TableWrites.Delete);

        // A collection takes GET and POST only; other methods answer 405 like a real instance (not the 400 "Requested URI").
        group.MapMethods("/{table}", [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return SnowErrors.Error(StatusCodes.Status405MethodNotAllowed, "Method not Supported",
                $"{context.Request.Method} is not supported on a table collection; address one record: /{{table}}/{{sys_id}}");
        });
    }
}
