using SnowChatOps.Bot.Tracking.Webhook;

namespace SnowChatOps.Tests.Tracking;

public sealed class WebhookSignatureTests
{
    private const string Body = "{\"event_id\":\"e1\",\"state\":\"2\"}";

    [Fact]
    public void Compute_KnownInput_MatchesTheContractsHexHmac()
    {
        // printf '%s.%s' 1772524800 '{"a":1}' | openssl dgst -sha256 -hmac secret
        var signature = WebhookSignature.Compute("secret", "1772524800", "{\"a\":1}");

        Assert.Equal("sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("secret"u8, "1772524800.{\"a\":1}"u8)), signature);
    }

    [Fact]
    public void Matches_GoodSignature_True()
    {
        var signature = WebhookSignature.Compute("s3cret", "1772524800", Body);

        Assert.True(WebhookSignature.Matches("s3cret", "1772524800", Body, signature));
    }

    [Fact]
    public void Matches_TamperedBody_False()
    {
        var signature = WebhookSignature.Compute("s3cret", "1772524800", Body);

        Assert.False(WebhookSignature.Matches("s3cret", "1772524800", Body.Replace("\"2\"", "\"7\"", StringComparison.Ordinal), signature));
    }

    [Fact]
    public void Matches_WrongSecret_False()
    {
        var signature = WebhookSignature.Compute("other", "1772524800", Body);

        Assert.False(WebhookSignature.Matches("s3cret", "1772524800", Body, signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=abc")]
    [InlineData("sha256=")]
    public void Matches_MissingOrMalformedHeader_False(string? signature)
    {
        Assert.False(WebhookSignature.Matches("s3cret", "1772524800", Body, signature));
    }
}
