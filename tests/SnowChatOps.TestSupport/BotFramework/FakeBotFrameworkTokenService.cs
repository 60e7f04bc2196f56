using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>
/// A loopback stand-in for Entra ID as Bot Framework uses it: the OpenID configuration and JWKS the channel's tokens
/// are checked against (one RSA key, endorsed for <c>msteams</c>), and the client-credentials token endpoint the bot
/// gets its outbound (bot → connector) tokens from. Strict: any other request is answered 404 and recorded.
/// </summary>
public sealed class FakeBotFrameworkTokenService : IAsyncDisposable
{
    /// <summary>The outbound tokens' audience, Bot Framework's <c>ToChannelFromBotOAuthScope</c>.</summary>
    public const string ConnectorAudience = "https://api.botframework.com";

    private readonly ConcurrentQueue<string> unexpected = new();
    private readonly TimeProvider time;
    private readonly string appId;
    private readonly string appPassword;
    private WebApplication? app;
    private int issued;

    private FakeBotFrameworkTokenService(TimeProvider time, string appId, string appPassword)
    {
        this.time = time;
        this.appId = appId;
        this.appPassword = appPassword;
    }

    /// <summary>e.g. <c>https://127.0.0.1:41234/</c>; also the tokens' issuer.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The trusted signing key (private part included, to sign the channel's tokens).</summary>
    public RSA SigningKey { get; } = RSA.Create(2048);

    /// <summary>The trusted key's id in the JWKS.</summary>
    public string KeyId { get; } = "test-key-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The issuer of every token this service signs (<c>ToBotFromChannelTokenIssuer</c>).</summary>
    public string Issuer => BaseUri.ToString();

    /// <summary><c>ToBotFromChannelOpenIdMetadataUrl</c>.</summary>
    public Uri OpenIdMetadataUrl => new(BaseUri, ".well-known/openid-configuration");

    /// <summary><c>ToChannelFromBotLoginUrl</c>: the authority MSAL asks for outbound tokens.</summary>
    public Uri LoginUrl => new(BaseUri, "botframework.com");

    /// <summary>The trusted public key as PEM text (what an algorithm-confusion attacker uses as an HMAC secret).</summary>
    public string PublicKeyPem => SigningKey.ExportSubjectPublicKeyInfoPem();

    /// <summary>How many outbound tokens the token endpoint has issued.</summary>
    public int IssuedTokenCount => Volatile.Read(ref issued);

    /// <summary>Requests no endpoint matched ("METHOD path").</summary>
    public IReadOnlyCollection<string> UnexpectedRequests => [.. unexpected];

    /// <summary>Starts the service for the bot registration <paramref name="appId"/> / <paramref name="appPassword"/>.</summary>
    public static async Task<FakeBotFrameworkTokenService> StartAsync(
        LoopbackCertificate certificate, TimeProvider time, string appId, string appPassword, CancellationToken cancellationToken)
    {
        var service = new FakeBotFrameworkTokenService(time, appId, appPassword);
        (service.app, service.BaseUri) = await LoopbackHttpsHost.StartAsync(certificate, service.Map, cancellationToken);
        return service;
    }

    /// <summary>What the Teams channel puts in a token for this bot: audience, issuer, serviceurl, a valid lifetime.</summary>
    public JsonObject ChannelClaims(string serviceUrl)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = appId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now - 60,
            ["iat"] = now - 60,
            ["exp"] = now + 3600,
        };
    }

    /// <summary><paramref name="claims"/> signed RS256 by the trusted key.</summary>
    public string Sign(JsonObject claims) => CompactJwt.Rs256(SigningKey, KeyId, claims);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        SigningKey.Dispose();
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = Issuer,
            authorization_endpoint = new Uri(LoginUrl + "/oauth2/v2.0/authorize").ToString(),
            token_endpoint = new Uri(LoginUrl + "/oauth2/v2.0/token").ToString(),
            jwks_uri = new Uri(BaseUri, "keys").ToString(),
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        web.MapGet("/keys", () =>
        {
            var key = SigningKey.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = KeyId, n = CompactJwt.Base64Url(key.Modulus!), e = CompactJwt.Base64Url(key.Exponent!), endorsements = new[] { "msteams" } },
                },
            });
        });
        web.MapPost("/botframework.com/oauth2/v2.0/token", IssueAsync);
        web.MapFallback((HttpRequest request) =>
        {
            unexpected.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
            return Results.NotFound();
        });
    }

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_id"] != appId || form["client_secret"] != appPassword
            || form["scope"] != ConnectorAudience + "/.default")
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        Interlocked.Increment(ref issued);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var token = Sign(new JsonObject { ["iss"] = Issuer, ["aud"] = ConnectorAudience, ["appid"] = appId, ["nbf"] = now, ["iat"] = now, ["exp"] = now + 3600 });
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = token });
    }
}
