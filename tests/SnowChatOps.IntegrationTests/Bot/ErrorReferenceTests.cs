using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
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
        app = new BotApplication(emulator)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddChatCommand("boom", _ => new FailingCommand());
                services.TrustConnector(certificate);
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
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(AnonymousTurns.PersonalMessage(conversation, "boom", connector.ServiceUrl)) };
        request.Headers.Add("traceparent", $"00-{TraceId}-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request, ct);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var reply = Assert.Single(connector.CallsTo(conversation));
        Assert.EndsWith("reference: " + TraceId, reply.Text, StringComparison.Ordinal);
        Assert.Contains(logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains(TraceId, StringComparison.Ordinal));
    }

    private sealed class FailingCommand : IChatCommand
    {
        public string Name => "boom";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => throw new InvalidOperationException("broken on purpose");
    }
}
