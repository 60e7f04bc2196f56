using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Storage;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>
/// The connection row on real Azurite, under the real composition root with its default cache settings: a whole share
/// reads and decrypts it once; later uses check only its ETag; a write through this instance or another one is seen.
/// Table requests are counted by a pipeline policy on the app's own TableServiceClient.
/// </summary>
public sealed class ConnectionCacheTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly RequestCounter requests = new();
    private readonly string prefix = "c" + Guid.NewGuid().ToString("N")[..12];
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private BotApplication app = null!;

    public async ValueTask InitializeAsync()
    {
        app = new BotApplication(emulator)
        {
            ConfigureServices = services =>
            {
                var options = new TableClientOptions();
                options.AddPolicy(requests, HttpPipelinePosition.PerCall);
                services.AddSingleton(new TableServiceClient(azurite.ConnectionString, options));
                services.AddSingleton<IConnectionStore>(sp => new CachingConnectionStore(sp.GetRequiredService<TableConnectionStore>(), sp.GetRequiredService<ConnectionCache>()));
            },
        };
        app.Settings["Storage:ConnectionString"] = azurite.ConnectionString;
        app.Settings["Storage:TablePrefix"] = prefix;
        app.Settings.Remove("Connection:CacheFreshFor");
        await app.ConnectAsync(ct, store: app.Get<IConnectionStore>());
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task Share_FormThenSubmit_ReadsTheConnectionRowOnce()
    {
        requests.Clear();

        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        await SendAsync(SharingTurns.Press(app.Adapter.Sent.Last(), "share-submit"));

        Assert.Contains(emulator.Services.GetRequiredService<RecordStore>().List("change_request"), r => r.GetValueOrDefault("u_m365_action_id") == "AdminMFAV2");
        Assert.Equal(1, requests.FullReads);
        Assert.Equal(2, requests.ETagChecks); // the state names' reads: outside ServiceNow calls every read checks
    }

    [Fact]
    public async Task RowRemovedByAnotherInstance_StoreReadsSeeItAtOnce()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + TableConnectionStore.TableName);

        await table.DeleteEntityAsync(BotApplication.Tenant, "servicenow", cancellationToken: ct);

        Assert.Null(await app.Get<IConnectionStore>().GetAsync(BotApplication.Tenant, ct));
    }

    [Fact]
    public async Task AfterTheFreshWindow_UnchangedRow_CheckedByETagOnly()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        requests.Clear();
        app.Time.Advance(TimeSpan.FromSeconds(6));

        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));

        Assert.Equal(0, requests.FullReads);
        Assert.Equal(1, requests.ETagChecks);
    }

    [Fact]
    public async Task RowChangedByAnotherInstance_SeenAfterTheFreshWindow()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + TableConnectionStore.TableName);
        var row = (await table.GetEntityAsync<TableEntity>(BotApplication.Tenant, "servicenow", cancellationToken: ct)).Value;
        row["Status"] = nameof(ConnectionStatus.NeedsAuthorization);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
        requests.Clear();
        app.Time.Advance(TimeSpan.FromSeconds(6));

        await SendAsync(SharingTurns.Text("share AdminMFAV2"));

        Assert.Equal(1, requests.FullReads);
        Assert.Equal("Authorize ServiceNow first", SharingTurns.Title(app.Adapter.Sent.Last()));
    }

    [Fact]
    public async Task RowChangedThroughThisInstance_SeenAtOnce()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        await app.Get<IConnectionStore>().UpdateAsync(BotApplication.Tenant, c => c with { Status = ConnectionStatus.NeedsAuthorization }, ct);

        await SendAsync(SharingTurns.Text("share AdminMFAV2"));

        Assert.Equal("Authorize ServiceNow first", SharingTurns.Title(app.Adapter.Sent.Last()));
    }

    [Fact]
    public async Task PastTheLifetime_EntryDroppedAndTheRowReadAgain()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        requests.Clear();
        app.Time.Advance(TimeSpan.FromMinutes(1));

        await SendAsync(SharingTurns.Text("share AdminMFAV2"));

        Assert.Equal(1, requests.FullReads);
        Assert.Equal(0, requests.ETagChecks);
    }

    private Task SendAsync(Activity activity) => app.SendAsync(activity, ct);

    /// <summary>Counts point reads of the Connections table: full rows, and ETag checks ($select=PartitionKey).</summary>
    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentQueue<string> reads = new();

        public int FullReads => reads.Count(r => !r.Contains("%24select=PartitionKey", StringComparison.OrdinalIgnoreCase) && !r.Contains("$select=PartitionKey", StringComparison.OrdinalIgnoreCase));

        public int ETagChecks => reads.Count - FullReads;

        public void Clear() => reads.Clear();

        public override void OnSendingRequest(HttpMessage message)
        {
            var uri = message.Request.Uri.ToString();
            if (message.Request.Method == RequestMethod.Get && uri.Contains(TableConnectionStore.TableName + "(", StringComparison.Ordinal))
            {
                reads.Enqueue(uri);
            }
        }
    }
}
