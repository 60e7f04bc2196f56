using System.Text.Json.Nodes;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>Table API writes: create (201 + Location), update by PUT or PATCH, delete (204).</summary>
internal static class TableWrites
{
    public static async Task<IResult> CreateAsync(string table, HttpContext context, SchemaResolver schemas, TableWriter writer,
        RecordStore store, RecordPresenter presenter, CancellationToken ct)
    {
        if (schemas.Find(table) is not { } def)
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

        var outcome = writer.Create(def, user, InputDisplayValues.Resolve(context.Request, def, fields!, store));
        if (outcome.Error is not null)
        {
            return outcome.Error;
        }

        var options = PresentOptions.From(context.Request);
        context.Response.Headers.Location = options.RecordUrl(table, outcome.Row!["sys_id"]);
        return Results.Json(new JsonObject { ["result"] = presenter.Present(def, outcome.Row, options, user) }, statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> UpdateAsync(string table, string sysId, HttpContext context, SchemaResolver schemas, TableWriter writer,
        RecordStore store, RecordPresenter presenter, CancellationToken ct)
    {
        if (schemas.Find(table) is not { } def)
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

        var values = InputDisplayValues.Resolve(context.Request, def, fields!, store);
        if (ChangeStateModel.Refuse(table, existing, values) is { } refusal)
        {
            return refusal;
        }

        var outcome = writer.Update(def, sysId, user, values);
        return outcome.Error ?? Results.Json(new JsonObject { ["result"] = presenter.Present(def, outcome.Row!, PresentOptions.From(context.Request), user) });
    }

    public static IResult Delete(string table, string sysId, HttpContext context, RecordStore store)
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
}
