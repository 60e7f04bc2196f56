using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>
/// A loopback Bot Connector (the activity's <c>serviceUrl</c>) that, like the real one, refuses a post without a valid
/// bearer token from the <see cref="FakeBotFrameworkTokenService"/>. Records every post; other requests get 404 and are
/// recorded as unexpected. <see cref="StartAnonymousAsync"/> starts one that accepts a post without a token, as a
/// development channel (the Agents Playground) accepts an anonymous bot.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly ConcurrentQueue<string> unexpected = new();
    private readonly FakeBotFrameworkTokenService? tokens;
    private readonly TimeProvider time;
    private WebApplication? app;
    private int nextId;

    private FakeBotConnector(FakeBotFrameworkTokenService? tokens, TimeProvider time)
    {
        this.tokens = tokens;
        this.time = time;
    }

    /// <summary>The service URL to put in activities (and in the channel token's <c>serviceurl</c> claim).</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every activity posted, authorized or not, oldest first.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. calls];

    /// <summary>Requests no endpoint matched ("METHOD path").</summary>
    public IReadOnlyCollection<string> UnexpectedRequests => [.. unexpected];

    /// <summary>The posts to one conversation.</summary>
    public IReadOnlyList<ConnectorCall> CallsTo(string conversationId) => [.. calls.Where(call => call.ConversationId == conversationId)];

    /// <summary>Starts the connector, trusting tokens signed by <paramref name="tokens"/>.</summary>
    public static async Task<FakeBotConnector> StartAsync(
        LoopbackCertificate certificate, FakeBotFrameworkTokenService tokens, TimeProvider time, CancellationToken cancellationToken)
    {
        var connector = new FakeBotConnector(tokens, time);
        (connector.app, connector.ServiceUrl) = await LoopbackHttpsHost.StartAsync(certificate, connector.Map, cancellationToken);
        return connector;
    }

    /// <summary>Starts a connector that answers every post, with or without a token (each recorded as not valid).</summary>
    public static async Task<FakeBotConnector> StartAnonymousAsync(LoopbackCertificate certificate, CancellationToken cancellationToken)
    {
        var connector = new FakeBotConnector(tokens: null, TimeProvider.System);
        (connector.app, connector.ServiceUrl) = await LoopbackHttpsHost.StartAsync(certificate, connector.Map, cancellationToken);
        return connector;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private void Map(WebApplication web)
    {
        web.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) => ReceiveAsync(conversationId, request));
        web.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, HttpRequest request) => ReceiveAsync(conversationId, request));
        web.MapFallback((HttpRequest request) =>
        {
            unexpected.Enqueue($"{request.Method} {request.Path}");
            return Results.NotFound();
        });
    }

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        var activity = await JsonNode.ParseAsync(request.Body) as JsonObject;
        var claims = ValidBearerClaims(request.Headers.Authorization.ToString());
        calls.Enqueue(new ConnectorCall(
            conversationId, claims is not null, claims?["appid"]?.GetValue<string>(), activity?["type"]?.GetValue<string>(), activity?["text"]?.GetValue<string>()));
        return claims is null && tokens is not null
            ? Results.Json(new { message = "Authorization has been denied for this request." }, statusCode: 401)
            : Results.Json(new { id = "reply-" + Interlocked.Increment(ref nextId) });
    }

    private JsonObject? ValidBearerClaims(string header)
    {
        const string scheme = "Bearer ";
        if (tokens is null || !header.StartsWith(scheme, StringComparison.Ordinal) || CompactJwt.VerifiedClaims(header[scheme.Length..], tokens.SigningKey) is not { } claims)
        {
            return null;
        }

        var fresh = claims["exp"]?.GetValue<long>() > time.GetUtcNow().ToUnixTimeSeconds();
        return fresh && claims["aud"]?.GetValue<string>() == FakeBotFrameworkTokenService.ConnectorAudience
            && claims["iss"]?.GetValue<string>() == tokens.Issuer ? claims : null;
    }
}
