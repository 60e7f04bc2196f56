using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SnowChatOps.Bot.Bot;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>
/// Property-based fuzz (CsCheck) of every card verb's payload, as Action.Submit and Action.Execute, and of typed
/// messages, on the real composition root over the emulator, one input at a time. For every input: the turn does
/// not throw, nothing is logged at Error (an unhandled exception is logged there by the turn error handler, and is
/// a 500 in the host), an invoke is answered below 500, and a ServiceNow ticket appears only for an input that
/// <see cref="FuzzOracle"/> calls a valid share. Afterwards no record is half-written. A failure prints CsCheck's
/// seed: rerun with <c>CsCheck_Seed=&lt;seed&gt;</c> in the environment to reproduce it.
/// </summary>
public sealed class CardAndMessageFuzzTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly FakeLoggerProvider logs = new();
    private BotApplication app = null!;
    private FuzzInputs inputs = null!;
    private FuzzOracle oracle = null!;
    private int sequence;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        app = new BotApplication(emulator) { ConfigureServices = s => s.AddSingleton<ILoggerProvider>(logs) };
        app.Settings["Logging:LogLevel:Default"] = "Warning";
        app.Settings["Storage:ConnectionString"] = azurite.ConnectionString;
        app.Settings["Storage:TablePrefix"] = "f" + Guid.NewGuid().ToString("N")[..12];
        await app.ConnectAsync(ct);
        oracle = new FuzzOracle(app, emulator);
        inputs = new FuzzInputs([.. app.Services.GetServices<ChatCommandRoute>().Select(r => r.Name).Order(StringComparer.Ordinal)], await ShareOneAsync(ct));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
        logs.Dispose();
    }

    [Fact]
    public async Task CardPayloads_SubmittedAndExecuted_NoFailureNoTicketFromInvalidInput()
    {
        var gen = Gen.Frequency((3, inputs.Card(FuzzKind.Submit)), (1, inputs.Card(FuzzKind.Execute)));

        await gen.SampleAsync(AssertHandledAsync, iter: 7_000, threads: 1, print: i => i.ToString());

        oracle.AssertNothingHalfWritten();
    }

    [Fact]
    public async Task SharePresses_ValidFormWithFieldsCorrupted_TicketOnlyFromValidForm()
    {
        var before = oracle.TicketCount();

        await inputs.SharePress.SampleAsync(AssertHandledAsync, iter: 400, threads: 1, print: i => i.ToString());

        oracle.AssertNothingHalfWritten();
        Assert.True(oracle.TicketCount() > before, "no generated press was valid: the generator no longer reaches ServiceNow");
    }

    [Fact]
    public async Task TypedMessages_NoFailureNoTicket()
    {
        await inputs.Typed.SampleAsync(AssertHandledAsync, iter: 3_000, threads: 1, print: i => i.ToString());

        oracle.AssertNothingHalfWritten();
    }

    private async Task AssertHandledAsync(FuzzInput input)
    {
        logs.Collector.Clear();
        var activity = FuzzActivities.From(input, Interlocked.Increment(ref sequence));
        var (sentBefore, updatedBefore, ticketsBefore) = (app.Adapter.Sent.Count, app.Adapter.Updated.Count, oracle.TicketCount());

        await app.SendAsync(activity, TestContext.Current.CancellationToken);

        var failures = logs.Collector.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Id} {r.Message} {r.Exception?.GetType().Name}").ToList();
        Assert.True(failures.Count == 0, "logged at Error: " + string.Join("; ", failures));
        var answers = app.Adapter.Sent.Skip(sentBefore).Concat(app.Adapter.Updated.Skip(updatedBefore)).ToList();
        if (activity.Type == ActivityTypes.Invoke)
        {
            var response = answers.SingleOrDefault(a => a.Type == ActivityTypesEx.InvokeResponse);
            Assert.True(response is not null, "invoke not answered; sent: " + Describe(answers));
            Assert.True(((InvokeResponse)response.Value).Status < 500, $"invoke answered {((InvokeResponse)response.Value).Status}");
        }

        var created = oracle.TicketCount() - ticketsBefore;
        Assert.True(created == 0 || (created == 1 && oracle.IsValidShare(input, activity)), $"{created} ticket(s) created from an input that is not a valid share");
    }

    private static string Describe(IEnumerable<Activity> answers) =>
        string.Join(" | ", answers.Select(a => $"{a.Type} {a.Text} {string.Concat(Newtonsoft.Json.JsonConvert.SerializeObject(a.Attachments?.FirstOrDefault()?.Content).Take(400))}"));

    // A real share as the admin: its correlation id (created) and sys_id become the stale and foreign ids the fuzz reuses,
    // with the correlation id of a form rendered and never sent.
    private async Task<FuzzKnownIds> ShareOneAsync(CancellationToken ct)
    {
        await app.SendAsync(SharingTurns.Text("share AdminMFAV2"), ct);
        var form = app.Adapter.Sent.Last();
        await app.SendAsync(SharingTurns.Press(form, "share-submit", d => d["type"] = "incident"), ct);
        await app.SendAsync(SharingTurns.Text("share AdminMFAV2"), ct);
        var unsent = SharingTurns.Card(app.Adapter.Sent.Last()).SelectTokens("$..data.arg").Select(t => (string?)t).OfType<string>().ToList();
        var created = Assert.Single(app.Submissions.All);
        var ticket = Assert.Single(app.Tracked.All);
        return new FuzzKnownIds([created.CorrelationId, .. unsent.Select(FuzzOracle.CorrelationOf).OfType<string>()], [ticket.SysId]);
    }
}
