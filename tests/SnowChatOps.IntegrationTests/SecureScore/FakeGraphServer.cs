using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 (free port) that serves Graph-shaped secureScoreControlProfiles pages with
/// <c>@odata.nextLink</c> paging and secureScores snapshots (newest first, honouring <c>$top</c>), rejects requests
/// without "Bearer test", and can answer one 429 with Retry-After: 1.
/// </summary>
public sealed class FakeGraphServer : IAsyncLifetime
{
    public const string ExpectedAuthorization = "Bearer test";
    private const string Path = "/v1.0/security/secureScoreControlProfiles";
    private const string ScoresPath = "/v1.0/security/secureScores";
    private readonly ConcurrentStack<object> snapshots = new();

    private WebApplication? app;
    private int throttleNext;
    private int throttleNextScores;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Group ids each user (object id) is a member of, for <c>checkMemberGroups</c>.</summary>
    public ConcurrentDictionary<string, string[]> Memberships { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void ThrottleNextRequest() => Interlocked.Exchange(ref throttleNext, 1);

    /// <summary>The next <c>secureScores</c> request (only) is answered 429 with Retry-After: 1.</summary>
    public void ThrottleNextScoresRequest() => Interlocked.Exchange(ref throttleNextScores, 1);

    /// <summary>Adds a daily snapshot as Graph shapes it (Microsoft Learn, "secureScore resource type"); the last added is the newest.</summary>
    public void AddSnapshot(DateTimeOffset createdAt, IReadOnlyDictionary<string, double> controlScores) => snapshots.Push(new Dictionary<string, object?>
    {
        ["id"] = $"tenant_{createdAt:yyyy-MM-dd}",
        ["azureTenantId"] = "tenant",
        ["activeUserCount"] = 12,
        ["createdDateTime"] = createdAt,
        ["currentScore"] = controlScores.Values.Sum(),
        ["maxScore"] = 100.0,
        ["enabledServices"] = new[] { "HasExchange" },
        ["licensedUserCount"] = 12,
        ["averageComparativeScores"] = Array.Empty<object>(),
        ["controlScores"] = controlScores.Select(c => new { controlCategory = "Identity", controlName = c.Key, description = "", score = c.Value }).ToArray(),
    });

    public void ClearSnapshots() => snapshots.Clear();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet(Path, Serve);
        app.MapGet(ScoresPath, ServeScores);
        app.MapPost("/v1.0/users/{id}/checkMemberGroups", CheckMemberGroupsAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0/");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private IResult Serve(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        var skipToken = request.Query["$skiptoken"].ToString();
        Requests.Enqueue(new RecordedRequest(authorization, skipToken));
        if (authorization != ExpectedAuthorization)
        {
            return Results.Json(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty." } }, statusCode: 401);
        }

        if (Interlocked.Exchange(ref throttleNext, 0) == 1)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "Too many requests." } }, statusCode: 429);
        }

        var nextLink = $"{request.Scheme}://{request.Host}{Path}?$skiptoken=page2";
        return skipToken == "page2"
            ? Page(null, Profile("EDRBlockMode", "Device", 4, 30), Profile("RetiredOne", "Data", 50, 1, deprecated: true))
            : Page(nextLink, Profile("AdminMFAV2", "Identity", 10, 1), Profile("StorageSecureTransfer", "Infrastructure", 6, 12));
    }

    private IResult ServeScores(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        Requests.Enqueue(new RecordedRequest(authorization, request.QueryString.Value ?? string.Empty));
        if (authorization != ExpectedAuthorization)
        {
            return Results.Json(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty." } }, statusCode: 401);
        }

        if (Interlocked.Exchange(ref throttleNextScores, 0) == 1 || Interlocked.Exchange(ref throttleNext, 0) == 1)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "Too many requests." } }, statusCode: 429);
        }

        var top = int.TryParse(request.Query["$top"], out var n) ? n : int.MaxValue;
        return Results.Json(new Dictionary<string, object>
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#security/secureScores",
            ["value"] = snapshots.Take(top).ToArray(),
        });
    }

    private static IResult Page(string? nextLink, params object[] profiles) => Results.Text(GraphPages.Page(nextLink, profiles), "application/json");

    private static object Profile(string id, string category, double maxScore, int rank, bool deprecated = false)
        => GraphPages.Profile(id, category, maxScore, rank, deprecated, remediation: "<p>Do it <script>alert(1)</script>now.</p>");

    public sealed record RecordedRequest(string Authorization, string SkipToken);

    private async Task<IResult> CheckMemberGroupsAsync(string id, HttpContext context)
    {
        if (context.Request.Headers.Authorization != ExpectedAuthorization)
        {
            return Results.Unauthorized();
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var asked = body.RootElement.GetProperty("groupIds").EnumerateArray().Select(g => g.GetString()!).ToList();
        var member = Memberships.TryGetValue(id, out var groups) ? groups : [];
        return Results.Json(new { value = asked.Intersect(member, StringComparer.OrdinalIgnoreCase).ToArray() });
    }
}
