using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using SnowChatOps.Bot.Bot;
using SnowChatOps.TestSupport.BotFramework;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>
/// Without any exporter configured (no OpenTelemetry provider registered), a failed turn on /api/messages still
/// tells the user the request's trace id as its reference: ASP.NET Core starts the request's activity for logging,
/// and continues the caller's trace.
/// </summary>
public sealed class ErrorReferenceTests : IAsyncLifetime
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly LoopbackCertificate certificate = LoopbackCertificate.Create(TimeProvider.System.GetUtcNow());
    private readonly FakeLoggerProvider logs = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private FakeBotConnector connector = null!;
    private BotApplication app = null!;

    public async ValueTask InitializeAsync()
    {
        connector = await FakeBotConnector.StartAnonymousAsync(certificate, ct);
        var pinned = certificate.Certificate.GetCertHashString();
        app = new BotApplication(emulator)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddChatCommand("boom", _ => new FailingCommand());
                services.AddHttpClient(Options.DefaultName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
                {
                    SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == pinned },
                });
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
        await connector.DisposeAsync();
        certificate.Dispose();
        logs.Dispose();
    }

    [Fact]
    public async Task Messages_FailingTurnWithoutExporter_ReplyAndLogCarryTheRequestsTraceId()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message(conversation)) };
        request.Headers.Add("traceparent", $"00-{TraceId}-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request, ct);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var reply = Assert.Single(connector.CallsTo(conversation));
        Assert.EndsWith("reference: " + TraceId, reply.Text, StringComparison.Ordinal);
        Assert.Contains(logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains(TraceId, StringComparison.Ordinal));
    }

    private object Message(string conversation) => new
    {
        type = "message",
        id = "m-" + conversation,
        text = "boom",
        locale = "en-US",
        channelId = "msteams",
        serviceUrl = connector.ServiceUrl.ToString(),
        from = new { id = "29:user-1", aadObjectId = "aad-user-1", name = "Test User" },
        recipient = new { id = "28:bot", name = "SnowChatOps" },
        conversation = new { id = conversation, conversationType = "personal", tenantId = BotApplication.Tenant },
        channelData = new { tenant = new { id = BotApplication.Tenant } },
    };

    private sealed class FailingCommand : IChatCommand
    {
        public string Name => "boom";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => throw new InvalidOperationException("broken on purpose");
    }
}
