using System.ComponentModel.DataAnnotations;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;

namespace SnowChatOps.ServiceNowEmulator.Faults;

/// <summary><c>GET/PUT /_emulator/faults</c> and <c>POST /_emulator/tokens/expire</c>.</summary>
internal static class FaultEndpoints
{
    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder group)
    {
        group.MapGet("/faults", (FaultState state) => TypedResults.Ok(state.Current));
        group.MapPut("/faults", (FaultSettings settings, FaultState state, RecordStore store, OAuthClients clients) =>
        {
            var errors = new List<ValidationResult>();
            if (!Validator.TryValidateObject(settings, new ValidationContext(settings), errors, validateAllProperties: true))
            {
                return Results.ValidationProblem(errors.ToDictionary(e => e.MemberNames.FirstOrDefault() ?? "", e => new[] { e.ErrorMessage ?? "invalid" }));
            }

            state.Set(settings);
            SetVersion(store, settings.InstanceVersion ?? Seeder.BuildTag);
            clients.SetActive(!settings.OauthEntityDisabled);
            return TypedResults.Ok(settings);
        });
        group.MapPost("/tokens/expire", (TokenStore tokens) =>
        {
            tokens.ExpireAll();
            return TypedResults.NoContent();
        });
        return group;
    }

    private static void SetVersion(RecordStore store, string buildTag)
    {
        foreach (var row in store.List(Schemas.Properties).Where(r => r["name"] is "glide.buildtag.last" or "glide.war"))
        {
            store.Update(Schemas.Properties, row["sys_id"], r =>
            {
                r["value"] = r["name"] == "glide.war" ? buildTag + ".zip" : buildTag;
                return r;
            });
        }
    }
}
