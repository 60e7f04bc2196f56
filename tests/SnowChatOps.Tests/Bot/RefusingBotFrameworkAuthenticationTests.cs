using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.IdentityModel.Tokens;
using SnowChatOps.Bot.Bot;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Bot;

public sealed class RefusingBotFrameworkAuthenticationTests
{
    private const string Token = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzZWNyZXQiOiJ0b2tlbi1ib2R5In0.c2lnbmF0dXJl";

    public static TheoryData<Exception, string> TokenFailures => new()
    {
        { new SecurityTokenMalformedException("IDX12741"), "Malformed" },
        { new ArgumentException("IDX14100"), "Malformed" },
        { new SecurityTokenInvalidSignatureException("IDX10511"), "InvalidSignature" },
        { new SecurityTokenSignatureKeyNotFoundException("IDX10503"), "UnknownSigningKey" },
        { new SecurityTokenInvalidAlgorithmException("IDX10696"), "AlgorithmNotAllowed" },
        { new SecurityTokenException("IDX10000"), "InvalidToken" },
        { new UnauthorizedAccessException("The token has expired"), "Expired" },
        { new UnauthorizedAccessException("Invalid AppId passed on token: 123"), "WrongAudience" },
        { new UnauthorizedAccessException("serviceurl claim mismatch"), "ServiceUrlMismatch" },
        { new UnauthorizedAccessException("No valid identity"), "UntrustedIssuerOrScheme" },
    };

    [Theory]
    [MemberData(nameof(TokenFailures))]
    public async Task AuthenticateRequest_TokenFailure_ThrowsUnauthorizedAndLogsOneReason(Exception failure, string reason)
    {
        var logger = new FakeLogger<RefusingBotFrameworkAuthentication>();
        var authentication = new RefusingBotFrameworkAuthentication(new ThrowingBotFrameworkAuthentication(failure), logger);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authentication.AuthenticateRequestAsync(new Activity(ActivityTypes.Message), Token, TestContext.Current.CancellationToken));

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(1006, record.Id.Id);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal(reason, record.GetStructuredStateValue("Reason"));
        Assert.Null(record.Exception);
        Assert.DoesNotContain("eyJ", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequest_NoHeader_LogsMissingToken()
    {
        var logger = new FakeLogger<RefusingBotFrameworkAuthentication>();
        var authentication = new RefusingBotFrameworkAuthentication(new ThrowingBotFrameworkAuthentication(new UnauthorizedAccessException()), logger);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authentication.AuthenticateRequestAsync(new Activity(ActivityTypes.Message), string.Empty, TestContext.Current.CancellationToken));

        Assert.Equal("MissingToken", Assert.Single(logger.Collector.GetSnapshot()).GetStructuredStateValue("Reason"));
    }

    [Fact]
    public async Task AuthenticateRequest_MetadataUnavailable_PassesThroughUnlogged()
    {
        var logger = new FakeLogger<RefusingBotFrameworkAuthentication>();
        var outage = new InvalidOperationException("IDX20803: Unable to obtain configuration");
        var authentication = new RefusingBotFrameworkAuthentication(new ThrowingBotFrameworkAuthentication(outage), logger);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
            () => authentication.AuthenticateRequestAsync(new Activity(ActivityTypes.Message), Token, TestContext.Current.CancellationToken));

        Assert.Same(outage, thrown);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task AuthenticateStreamingRequest_TokenFailure_ThrowsUnauthorized()
    {
        var logger = new FakeLogger<RefusingBotFrameworkAuthentication>();
        var authentication = new RefusingBotFrameworkAuthentication(
            new ThrowingBotFrameworkAuthentication(new SecurityTokenInvalidSignatureException("IDX10511")), logger);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authentication.AuthenticateStreamingRequestAsync(Token, "msteams", TestContext.Current.CancellationToken));

        Assert.Single(logger.Collector.GetSnapshot());
    }
}
