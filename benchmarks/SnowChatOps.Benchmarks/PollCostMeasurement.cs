using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.TestSupport.Fakes;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SnowChatOps.Benchmarks -- poll-cost</c>: ServiceNow requests and
/// wall time of one poll cycle with N tracked tickets and nothing changed, the delta poller against the previous
/// per-ticket poll (one <c>GET /api/now/table/{table}/{sys_id}</c> per open tracked ticket, reproduced here with the
/// same client call). The bot is the real composition root; the Table API is <see cref="FakeServiceNow"/> (O(1)
/// record look-ups, so 100,000 records fit in memory and the numbers are the bot's side plus an in-process hop).
/// </summary>
internal static class PollCostMeasurement
{
    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SNOWCHATOPS_SERVICENOWEMULATOR", ShareBenchHost.ContentRoot("SnowChatOps.ServiceNowEmulator"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SNOWCHATOPS_BOT", ShareBenchHost.ContentRoot("SnowChatOps.Bot"));
        Console.WriteLine("| tracked | delta: requests | delta: ms | per-ticket: requests | per-ticket: ms | first delta cycle (one-time catch-up): requests |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            Console.WriteLine(await MeasureAsync(size));
        }
    }

    private static async Task<string> MeasureAsync(int size)
    {
        var fake = new FakeServiceNow();
        await using var emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.ConfigureLogging(l => l.ClearProviders());
        });
        await using var app = new BotApplication(emulator) { Channel = new DiscardingAdapter(), TableNetwork = fake };
        await app.ConnectAsync(CancellationToken.None);
        var tracked = await TrackAsync(app, fake, size);
        var poller = app.Get<TicketStatePoller>();

        var firstCycle = Requests(fake);
        await poller.PollOnceAsync(CancellationToken.None);
        firstCycle = Requests(fake) - firstCycle;
        app.Time.Advance(TimeSpan.FromMinutes(5));

        var before = Requests(fake);
        var delta = Stopwatch.StartNew();
        await poller.PollOnceAsync(CancellationToken.None);
        delta.Stop();
        var deltaRequests = Requests(fake) - before;

        before = Requests(fake);
        var perTicket = Stopwatch.StartNew();
        foreach (var ticket in tracked)
        {
            await app.Client.GetTicketAsync(BotApplication.Tenant, ticket.Table, ticket.SysId, CancellationToken.None);
        }

        perTicket.Stop();
        var perTicketRequests = Requests(fake) - before;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {deltaRequests} | {delta.Elapsed.TotalMilliseconds:F1} | {perTicketRequests:N0} | {perTicket.Elapsed.TotalMilliseconds:F0} | {firstCycle:N0} |");
    }

    private static int Requests(FakeServiceNow fake) => fake.Reads + fake.ListRequests.Values.Sum();

    private static async Task<List<TrackedTicket>> TrackAsync(BotApplication app, FakeServiceNow fake, int size)
    {
        var tracked = new List<TrackedTicket>(size);
        for (var i = 0; i < size; i++)
        {
            var table = i % 2 == 0 ? TicketTable.Incident : TicketTable.ChangeRequest;
            var sysId = i.ToString("x32", CultureInfo.InvariantCulture);
            var number = (table == TicketTable.Incident ? "INC" : "CHG") + i.ToString("D7", CultureInfo.InvariantCulture);
            var state = table == TicketTable.Incident ? "2" : "-4";
            var ticket = new TrackedTicket(BotApplication.Tenant, table, sysId, number, "AdminMFAV2", "conv-1", "card-" + number, state, app.Time.GetUtcNow());
            await app.Tracked.SaveAsync(ticket, CancellationToken.None);
            fake.Put(BotApplication.Tenant, new Ticket
            {
                SysId = sysId, Number = number, Table = table, State = state, UpdatedOn = app.Time.GetUtcNow().AddMinutes(-30),
                CorrelationId = CorrelationIds.Prefix + sysId, ShortDescription = "Require MFA for admins",
            });
            tracked.Add(ticket);
        }

        return tracked;
    }
}
