using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.ServiceNowEmulator.Table;

namespace SnowChatOps.ServiceNowEmulator.Agent;

/// <summary>
/// <c>/agent</c>: a small fulfiller UI behind the emulator login. Forms carry no antiforgery token: this is a local
/// test double on loopback, and a real instance's UI (with its own CSRF token) is not what we emulate here.
/// </summary>
internal static class AgentEndpoints
{
    public static IEndpointRouteBuilder MapAgentUi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/agent", (HttpContext context, SessionStore sessions, UserDirectory users, RecordStore store) =>
            Agent(context, sessions, users) is not { } agent
                ? Login(context)
                : AgentPages.List(agent, store.List(Schemas.Incident), store.List(Schemas.ChangeRequest)));
        app.MapGet("/agent/{table}/{sysId}", (string table, string sysId, HttpContext context, SessionStore sessions, UserDirectory users,
            RecordStore store, RecordPresenter presenter) => Agent(context, sessions, users) is not { } agent
                ? Login(context)
                : Detail(agent, table, sysId, store, presenter, null));
        app.MapPost("/agent/{table}/{sysId}", UpdateAsync).DisableAntiforgery();
        app.MapRecordLinks();
        return app;
    }

    private static async Task<IResult> UpdateAsync(string table, string sysId, HttpContext context, SessionStore sessions, UserDirectory users,
        TicketActions actions, RecordStore store, RecordPresenter presenter, CancellationToken ct)
    {
        if (Agent(context, sessions, users) is not { } agent)
        {
            return Login(context);
        }

        var form = await context.Request.ReadFormAsync(ct);
        var state = form["state"].ToString();
        if (!TicketActions.IsValidState(table, state))
        {
            return Detail(agent, table, sysId, store, presenter, "Choose a valid state.");
        }

        var outcome = actions.ChangeState(table, sysId, agent, state, form["work_notes"], form["close_code"], form["close_notes"]);
        return outcome.Row is null
            ? Results.NotFound()
            : Results.Redirect($"/agent/{table}/{sysId}");
    }

    private static IResult Detail(SnowUser agent, string table, string sysId, RecordStore store, RecordPresenter presenter, string? error)
    {
        if (!Schemas.IsTicketTable(table) || store.Get(table, sysId) is not { } row)
        {
            return Results.NotFound();
        }

        var journal = presenter.Present(Schemas.All[table], row, new PresentOptions("", DisplayMode.Display, true, ["work_notes"]), agent);
        return AgentPages.Detail(agent, table, row, journal["work_notes"]?.GetValue<string>() ?? "", error);
    }

    private static SnowUser? Agent(HttpContext context, SessionStore sessions, UserDirectory users) =>
        sessions.UserOf(context) is { } id && users.Find(id) is { } user && user.HasRole("itil") ? user : null;

    private static IResult Login(HttpContext context) =>
        Results.Redirect($"/login.do?sysparm_goto={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
}
