using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SnowChatOps.TestSupport;

namespace SnowChatOps.LoadHarness;

/// <summary>
/// The Bot Connector as far as a reply is concerned, on loopback: accepts
/// <c>POST {bot}/v3/conversations/{id}/activities[/{id}]</c> and answers <c>{"id": ...}</c>, counting replies per bot.
/// Each bot gets its own service URL (<c>http://127.0.0.1:port/{bot}/</c>) so replies can be told apart.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private const string Answer = """{"id":"harness-reply"}""";
    private readonly WebApplication app;
    private readonly int port;

    private ConnectorStandIn(WebApplication app, int port, ReplyCounts replies)
    {
        this.app = app;
        this.port = port;
        Replies = replies;
    }

    public ReplyCounts Replies { get; }

    public Uri ServiceUrlFor(string bot) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{bot}/");

    public static async Task<ConnectorStandIn> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var replies = new ReplyCounts();
        app.MapPost("/{bot}/v3/conversations/{conversationId}/activities/{activityId?}", async (string bot, HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted);
            replies.Add(bot);
            return Results.Content(Answer, "application/json");
        });
        await app.StartAsync(cancellationToken);
        return new ConnectorStandIn(app, port, replies);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
