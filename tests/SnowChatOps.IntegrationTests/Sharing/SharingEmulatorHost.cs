using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.TestSupport.Fakes;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Sharing;

/// <summary>
/// The sharing scenarios' view of <see cref="BotApplication"/> (the real Program) over the in-process emulator,
/// with the ServiceNow network wrapped in <see cref="DetachedDeliveryHandler"/>. Client timeouts are short (1 s
/// attempt) so an emulator latency fault longer than that is a timeout.
/// </summary>
internal sealed class SharingEmulatorHost : IAsyncDisposable
{
    public const string Tenant = BotApplication.Tenant;

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly BotApplication app;

    public SharingEmulatorHost()
    {
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Emulator:ControlApi", "true");
        });
        Network = new DetachedDeliveryHandler(emulator.Server.CreateHandler());
        app = new BotApplication(emulator) { TableNetwork = Network };
        app.Settings["ServiceNow:Resilience:AttemptTimeout"] = "00:00:01";
        app.Settings["ServiceNow:Resilience:TotalRequestTimeout"] = "00:00:02";
        Control = emulator.CreateClient();
    }

    public FakeTimeProvider Time => app.Time;

    public RecordingAdapter Adapter => app.Adapter;

    public DetachedDeliveryHandler Network { get; }

    public InMemorySubmissionStore Submissions => app.Submissions;

    public InMemoryTrackedTicketStore Tracked => app.Tracked;

    public InMemoryConversationStore Conversations => app.Conversations;

    public HttpClient Control { get; }

    public IBot Bot => app.Bot;

    public QueuedSubmissionProcessor Processor => app.Get<QueuedSubmissionProcessor>();

    public ServiceNowClient Client => app.Client;

    /// <summary>The emulator's stored rows of <paramref name="table"/> (copies).</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string table) => emulator.Services.GetRequiredService<RecordStore>().List(table);

    public async Task ConnectAsync(CancellationToken cancellationToken) => await app.ConnectAsync(cancellationToken);

    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken) =>
        (await Control.PutAsJsonAsync("/_emulator/faults", faults, cancellationToken)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }
}
