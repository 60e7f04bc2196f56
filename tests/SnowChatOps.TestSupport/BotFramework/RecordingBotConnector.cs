using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>
/// A plain-HTTP loopback Bot Connector (the <c>serviceUrl</c> of stored conversation references) for bots running
/// with anonymous Bot Framework auth, as in Development: records every post (<c>POST …/activities[/{replyToId}]</c>)
/// and every update (<c>PUT …/activities/{id}</c>) and answers them as the real connector does (an id). It can serve
/// several bot processes at once, so a test sees what all instances sent in one log. Other requests get 404 and are
/// recorded as unexpected.
/// </summary>
public sealed class RecordingBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorActivity> activities = new();
    private readonly ConcurrentQueue<string> unexpected = new();
    private readonly WebApplication app;
    private int nextId;
    private TaskCompletionSource received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RecordingBotConnector(WebApplication app, Uri serviceUrl)
    {
        this.app = app;
        ServiceUrl = serviceUrl;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>Everything sent so far, oldest first.</summary>
    public IReadOnlyList<ConnectorActivity> Activities => [.. activities];

    /// <summary>Requests no endpoint matched ("METHOD path").</summary>
    public IReadOnlyCollection<string> UnexpectedRequests => [.. unexpected];

    /// <summary>Starts the connector on a free loopback port.</summary>
    public static async Task<RecordingBotConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var web = builder.Build();
        RecordingBotConnector? connector = null; // set before anyone can know the port
        web.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) => connector!.ReceiveAsync("POST", conversationId, null, request));
        web.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) => connector!.ReceiveAsync("POST", conversationId, activityId, request));
        web.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) => connector!.ReceiveAsync("PUT", conversationId, activityId, request));
        web.MapFallback((HttpRequest request) =>
        {
            connector!.unexpected.Enqueue($"{request.Method} {request.Path}");
            return Results.NotFound();
        });
        await web.StartAsync(cancellationToken);
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector = new RecordingBotConnector(web, new Uri(address.TrimEnd('/') + "/"));
        return connector;
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds for everything sent so far, re-checked on each new activity (no
    /// polling); fails after <paramref name="timeout"/> with <paramref name="what"/>.
    /// </summary>
    public async Task WaitForAsync(Func<IReadOnlyList<ConnectorActivity>, bool> condition, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var next = Volatile.Read(ref received).Task;
            if (condition(Activities))
            {
                return;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The connector did not see {what} within {timeout.TotalSeconds:0} s ({activities.Count} activities recorded).");
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(string method, string conversationId, string? activityId, HttpRequest request)
    {
        if (await JsonNode.ParseAsync(request.Body) is not JsonObject activity)
        {
            return Results.BadRequest();
        }

        activities.Enqueue(new ConnectorActivity(method, conversationId, activityId, activity));
        Interlocked.Exchange(ref received, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return Results.Json(new { id = method == "PUT" ? activityId : "activity-" + Interlocked.Increment(ref nextId) });
    }
}
