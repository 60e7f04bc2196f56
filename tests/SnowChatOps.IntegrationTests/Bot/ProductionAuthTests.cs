using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SnowChatOps.TestSupport.BotFramework;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>
/// /api/messages on the Production host: a valid channel token is answered and the reply reaches the connector with a
/// valid outbound token; every kind of bad token is refused with 401, an empty body and one reason-coded log line, and
/// its turn never runs (the same "help" message with a valid token makes the bot post a reply; refused ones post nothing).
/// </summary>
public sealed partial class ProductionAuthTests(ProductionAuthFixture host) : IClassFixture<ProductionAuthFixture>
{
    private static readonly TimeSpan LogTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Messages_ValidChannelToken_ReplyReachesConnectorWithValidOutboundToken()
    {
        var conversation = NewConversation();
        var token = host.Tokens.Sign(host.Tokens.ChannelClaims(host.Connector.ServiceUrl.ToString()));

        using var response = await PostHelpAsync(conversation, host.Connector.ServiceUrl, token);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}: {host.Bot.Process.Output.Tail(30)}");
        var reply = Assert.Single(host.Connector.CallsTo(conversation));
        Assert.True(reply.BearerValid);
        Assert.Equal(ProductionAuthFixture.AppId, reply.AppId);
        Assert.Equal("message", reply.Type);
        Assert.True(host.Tokens.IssuedTokenCount >= 1);
        Assert.Empty(host.Tokens.UnexpectedRequests);
        Assert.Empty(host.Connector.UnexpectedRequests);
    }

    [Fact]
    public async Task Messages_TwoTurns_BothRepliesCarryAValidTokenFromOneSharedConnectorClient()
    {
        var first = NewConversation();
        var second = NewConversation();

        using var one = await PostHelpAsync(first, host.Connector.ServiceUrl, host.Tokens.Sign(ValidClaims()));
        var issuedAfterFirst = host.Tokens.IssuedTokenCount;
        using var two = await PostHelpAsync(second, host.Connector.ServiceUrl, host.Tokens.Sign(ValidClaims()));

        Assert.True(one.IsSuccessStatusCode && two.IsSuccessStatusCode, host.Bot.Process.Output.Tail(30));
        Assert.True(Assert.Single(host.Connector.CallsTo(first)).BearerValid);
        Assert.True(Assert.Single(host.Connector.CallsTo(second)).BearerValid);
        Assert.Equal(issuedAfterFirst, host.Tokens.IssuedTokenCount); // the shared client's credentials kept their token
    }

    [Fact]
    public Task Messages_UnsignedToken_Refused401()
        => AssertRefusedAsync(CompactJwt.WithoutSignature(host.Tokens.KeyId, ValidClaims()), "InvalidSignature");

    [Fact]
    public Task Messages_AlgNoneToken_Refused401()
        => AssertRefusedAsync(CompactJwt.AlgNone(ValidClaims()), "InvalidSignature");

    [Fact]
    public async Task Messages_WrongKeyWithTrustedKid_Refused401()
    {
        using var attacker = RSA.Create(2048);

        await AssertRefusedAsync(CompactJwt.Rs256(attacker, host.Tokens.KeyId, ValidClaims()), "InvalidSignature");
    }

    [Fact]
    public async Task Messages_WrongKeyWithUnknownKid_Refused401()
    {
        using var attacker = RSA.Create(2048);

        await AssertRefusedAsync(CompactJwt.Rs256(attacker, "attacker-key", ValidClaims()), "UnknownSigningKey");
    }

    [Fact]
    public Task Messages_Hs256KeyedWithAppPassword_Refused401()
        => AssertRefusedAsync(CompactJwt.Hs256(Encoding.UTF8.GetBytes(ProductionAuthFixture.AppPassword), host.Tokens.KeyId, ValidClaims()), "InvalidSignature");

    [Fact]
    public Task Messages_Hs256KeyedWithTrustedPublicKey_Refused401()
        => AssertRefusedAsync(CompactJwt.Hs256(Encoding.UTF8.GetBytes(host.Tokens.PublicKeyPem), host.Tokens.KeyId, ValidClaims()), "InvalidSignature");

    [Fact]
    public Task Messages_GarbageToken_Refused401()
        => AssertRefusedAsync("zz9-not.a-jwt.%%%", "Malformed");

    [Fact]
    public Task Messages_ExpiredToken_Refused401()
    {
        var claims = ValidClaims();
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        claims["nbf"] = now - 7200;
        claims["iat"] = now - 7200;
        claims["exp"] = now - 3600;

        return AssertRefusedAsync(host.Tokens.Sign(claims), "Expired");
    }

    [Fact]
    public Task Messages_WrongAudience_Refused401()
    {
        var claims = ValidClaims();
        claims["aud"] = "3c1e2a94-0000-4000-8000-00000000beef";

        return AssertRefusedAsync(host.Tokens.Sign(claims), "WrongAudience");
    }

    [Fact]
    public Task Messages_WrongIssuer_Refused401()
    {
        var claims = ValidClaims();
        claims["iss"] = "https://sts.attacker.example/";

        return AssertRefusedAsync(host.Tokens.Sign(claims), "UntrustedIssuerOrScheme");
    }

    [Fact]
    public Task Messages_ServiceUrlClaimNotTheActivitys_Refused401()
    {
        var claims = ValidClaims();
        claims["serviceurl"] = "https://smba.trafficmanager.net/amer/";

        return AssertRefusedAsync(host.Tokens.Sign(claims), "ServiceUrlMismatch");
    }

    [Fact]
    public async Task Messages_NoToken_Refused401()
    {
        await AssertRefusedAsync(token: null, "MissingToken");
    }

    private JsonObject ValidClaims() => host.Tokens.ChannelClaims(host.Connector.ServiceUrl.ToString());

    /// <summary>
    /// Refused with 401 and an empty body, nothing posted to the connector, and exactly one log line, with
    /// <paramref name="reason"/> and without the token; then a valid request works as a barrier: every line the refused
    /// request logged precedes the barrier's "Command help" line, and no command ran before it.
    /// </summary>
    private async Task AssertRefusedAsync(string? token, string reason)
    {
        var conversation = NewConversation();
        var barrier = NewConversation();
        using var log = host.Watch(AnyLine());

        using var response = await PostHelpAsync(conversation, host.Connector.ServiceUrl, token);
        using var control = await PostHelpAsync(barrier, host.Connector.ServiceUrl, host.Tokens.Sign(ValidClaims()));
        await log.FirstAsync(CommandLine(), LogTimeout, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Empty(host.Connector.CallsTo(conversation));
        Assert.Single(host.Connector.CallsTo(barrier));
        var before = log.Lines.TakeWhile(line => !CommandLine().IsMatch(line)).ToList();
        var noticed = Assert.Single(before, line => WarningOrWorse().IsMatch(line));
        Assert.Matches(RefusalLine(), noticed);
        Assert.Contains($"request: {reason} (", noticed, StringComparison.Ordinal);
        Assert.DoesNotContain(before, line => token is not null && line.Contains(token, StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PostHelpAsync(string conversation, Uri serviceUrl, string? token)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Bot.MessagesEndpoint)
        {
            Content = JsonContent.Create(new
            {
                type = "message",
                id = "m-" + conversation,
                text = "help",
                locale = "en-US",
                channelId = "msteams",
                serviceUrl = serviceUrl.ToString(),
                from = new { id = "29:user-1", aadObjectId = "00000000-0000-0000-0000-0000000000a1", name = "Test User" },
                recipient = new { id = "28:" + ProductionAuthFixture.AppId, name = "SnowChatOps" },
                conversation = new { id = conversation, conversationType = "personal", tenantId = "tenant-1" },
                channelData = new { tenant = new { id = "tenant-1" } },
            }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    [GeneratedRegex(@"\[1006\] Refused an inbound Bot Framework request: \w+ \(\w+\)$")]
    private static partial Regex RefusalLine();

    [GeneratedRegex(@"\[1003\] Command help from text")]
    private static partial Regex CommandLine();

    [GeneratedRegex("^(warn|fail|crit):")]
    private static partial Regex WarningOrWorse();

    [GeneratedRegex(".")]
    private static partial Regex AnyLine();
}
