using SnowChatOps.GraphEmulator.Data;

namespace SnowChatOps.GraphEmulator.Control;

/// <summary>
/// <c>/_emulator/*</c>: move the clock, set a control's points, plan a 429, take the write permission away, and read the
/// PATCH bodies received. Loopback development tool; no token.
/// </summary>
internal static class ControlApi
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/_emulator");
        control.MapGet("/clock", (GraphState state) => TypedResults.Ok(new { now = state.Clock.Now }));
        control.MapPost("/clock/advance", (ClockAdvance body, GraphState state) =>
        {
            if (body.Hours is < 0 or > 24 * 90)
            {
                return Results.Problem("hours must be between 0 and 2160.", statusCode: StatusCodes.Status400BadRequest);
            }

            state.Clock.Advance(TimeSpan.FromHours(body.Hours));
            return Results.Ok(new { now = state.Clock.Now });
        });
        control.MapPost("/controls/{id}/score", (string id, ScoreChange body, GraphState state) =>
        {
            if (state.Find(id) is null || !double.IsFinite(body.Score) || body.Score < 0 || body.AfterHours is < 0 or > 720)
            {
                return Results.Problem("Unknown control, invalid score or afterHours outside 0-720.", statusCode: StatusCodes.Status400BadRequest);
            }

            state.SetScore(id, body.Score, body.AfterHours is { } hours ? TimeSpan.FromHours(hours) : null);
            return Results.NoContent();
        });
        control.MapPost("/faults/throttle", (string? target, GraphState state) =>
        {
            state.ThrottleNext(Enum.TryParse<FaultTarget>(target, ignoreCase: true, out var t) ? t : FaultTarget.Any);
            return Results.NoContent();
        });
        control.MapPost("/permissions", (PermissionChange body, GraphState state) =>
        {
            state.CanWrite = body.CanWrite;
            return Results.NoContent();
        });
        control.MapGet("/patches", (GraphState state) => TypedResults.Ok(state.Patches()));
        return endpoints;
    }
}
