using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SnowChatOps.ServiceNowEmulator.Agent;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Faults;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.ServiceNowEmulator.Webhooks;

namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>The <c>/_emulator</c> control API for tests and demos; answers ProblemDetails, never ServiceNow envelopes.</summary>
internal static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var enabled = app.ServiceProvider.GetRequiredService<IOptions<EmulatorOptions>>().Value.ControlApi
            ?? app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
        if (!enabled)
        {
            return app;
        }

        var group = app.MapGroup("/_emulator").DisableAntiforgery();
        group.MapFaults();
        group.MapPost("/reset", Reset);
        group.MapPut("/oauth/redirect-uris", SetRedirectUris);
        group.MapGet("/webhook", (WebhookTarget target) => TypedResults.Ok(new { url = target.Current.Url, secretSet = target.Current.Secret is not null }));
        group.MapPut("/webhook", (WebhookRequest body, WebhookTarget target) =>
        {
            target.Set(body.Url, body.Secret);
            return TypedResults.NoContent();
        });
        group.MapPost("/tickets/{table}/{sysId}/state", ChangeState);
        group.MapGet("/requests", (RequestLog log) => TypedResults.Ok(log.Snapshot()));
        group.MapDelete("/requests", (RequestLog log) =>
        {
            log.Clear();
            return TypedResults.NoContent();
        });
        group.MapGet("/records/{table}", (string table, RecordStore store) => Schemas.All.ContainsKey(table)
            ? (IResult)TypedResults.Ok(store.List(table))
            : TypedResults.Problem($"Unknown table '{table}'", statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    private static NoContent Reset(Seeder seeder, TokenStore tokens, AuthCodeStore codes, SessionStore sessions, FaultState faults, WebhookTarget webhook, RequestLog requests)
    {
        requests.Clear();
        seeder.Seed();
        tokens.Clear();
        codes.Clear();
        sessions.Clear();
        faults.Set(new FaultSettings());
        webhook.Reset();
        return TypedResults.NoContent();
    }

    private static IResult ChangeState(string table, string sysId, StateChangeRequest body, TicketActions actions, UserDirectory users)
    {
        if (!TicketActions.IsValidState(table, body.State))
        {
            return TypedResults.Problem($"'{body.State}' is not a state of table '{table}'", statusCode: StatusCodes.Status400BadRequest);
        }

        if (users.FindByName(body.By ?? "abel.tuter") is not { } agent)
        {
            return TypedResults.Problem($"Unknown user '{body.By}'", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = actions.ChangeState(table, sysId, agent, body.State, body.WorkNote, null, null);
        return outcome.Row is { } row
            ? TypedResults.Ok(new JsonObject { ["number"] = row["number"], ["state"] = row["state"], ["sys_mod_count"] = row["sys_mod_count"] })
            : TypedResults.Problem($"No {table} record {sysId}", statusCode: StatusCodes.Status404NotFound);
    }

    private static IResult SetRedirectUris(RedirectUrisRequest body, OAuthClients clients)
    {
        if (body.RedirectUris is not { Count: > 0 } uris || !uris.All(u => Uri.IsWellFormedUriString(u, UriKind.Absolute)))
        {
            return TypedResults.Problem("redirectUris must be a non-empty list of absolute URLs", statusCode: StatusCodes.Status400BadRequest);
        }

        clients.SetRedirectUris(uris);
        return TypedResults.NoContent();
    }
}
