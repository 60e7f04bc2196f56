using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.TestSupport.Fakes;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>
/// The real bot (<see cref="BotApplication"/>) over the in-process emulator, connected as m365.integration, with a
/// shared ticket whose card the tests press: as an Action.Execute invoke (Universal Actions) or as the Action.Submit
/// fallback. aad-user-1 (Megan Bowen) is an admin, hence a responder; aad-user-2 (Adele Vance) is neither.
/// </summary>
internal sealed class TicketCardHost : IAsyncDisposable
{
    public const string ConversationId = "a:personal-chat-1";
    public const string TenantId = BotApplication.Tenant;
    public static readonly (string Id, string Aad, string Name) Megan = ("29:user-1", "aad-user-1", "Megan Bowen");
    public static readonly (string Id, string Aad, string Name) Adele = ("29:user-2", "aad-user-2", "Adele Vance");

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly BotApplication app;

    public TicketCardHost(params (string Key, string Value)[] settings)
    {
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Emulator:ControlApi", "true");
        });
        app = new BotApplication(emulator);
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        Control = emulator.CreateClient();
    }

    public HttpClient Control { get; }

    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken) =>
        (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(Control, "/_emulator/faults", faults, cancellationToken)).EnsureSuccessStatusCode();

    public BotApplication App => app;

    public RecordingAdapter Adapter => app.Adapter;

    public FakeTeamsRoster Roster => app.Roster;

    public ServiceNowClient Client => app.Client;

    public IReadOnlyList<Dictionary<string, string>> Rows(string table) => emulator.Services.GetRequiredService<RecordStore>().List(table);

    public Dictionary<string, string> Row(string table, string sysId) => Assert.Single(Rows(table), r => r["sys_id"] == sysId);

    public IReadOnlyList<Dictionary<string, string>> WorkNotes(string sysId) =>
        [.. Rows("sys_journal_field").Where(r => r["element_id"] == sysId && r["element"] == "work_notes")];

    /// <summary>Connects and shares AdminMFAV2 as <paramref name="type"/>; returns the ticket card as posted and the record's sys_id.</summary>
    public async Task<(Activity Card, string SysId)> ShareAsync(string type, CancellationToken cancellationToken)
    {
        await app.ConnectAsync(cancellationToken);
        await SendAsync(TicketTurns.Text("share AdminMFAV2"), cancellationToken);
        var form = Adapter.Sent.Last();
        await SendAsync(TicketTurns.PressSubmit(form, "share-submit", d => d["type"] = type), cancellationToken);
        var card = Adapter.Updated.Last();
        var sysId = Assert.Single(app.Tracked.All).SysId;
        return (card, sysId);
    }

    public Task SendAsync(Activity activity, CancellationToken cancellationToken) => Adapter.ProcessAsync(activity, app.Bot, cancellationToken);

    /// <summary>Sends an invoke and returns the invoke response's body (an AdaptiveCardInvokeResponse as JSON).</summary>
    public async Task<JObject> InvokeAsync(Activity invoke, CancellationToken cancellationToken)
    {
        await SendAsync(invoke, cancellationToken);
        var response = Adapter.Sent.Single(a => a.Type == ActivityTypesEx.InvokeResponse && a.ReplyToId == invoke.Id);
        var value = (InvokeResponse)response.Value;
        Assert.Equal(200, value.Status);
        return JObject.FromObject(value.Body);
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }
}
