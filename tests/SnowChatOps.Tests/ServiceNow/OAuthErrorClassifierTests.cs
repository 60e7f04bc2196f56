using System.Net;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class OAuthErrorClassifierTests
{
    [Theory]
    [InlineData("authorization_code", 401, "invalid_client", null, ServiceNowOAuthFailureReason.InvalidClient)]
    [InlineData("authorization_code", 400, "invalid_grant", "code expired", ServiceNowOAuthFailureReason.InvalidGrantOrCode)]
    [InlineData("authorization_code", 400, "unsupported_grant_type", null, ServiceNowOAuthFailureReason.GrantTypeDisabled)]
    [InlineData("authorization_code", 400, "invalid_request", "redirect_uri mismatch", ServiceNowOAuthFailureReason.RedirectUriMismatch)]
    [InlineData("authorization_code", 401, "server_error", "access_denied", ServiceNowOAuthFailureReason.InvalidClient)]
    [InlineData("authorization_code", 400, "server_error", "access_denied", ServiceNowOAuthFailureReason.InvalidGrantOrCode)]
    [InlineData("refresh_token", 401, "server_error", "access_denied", ServiceNowOAuthFailureReason.InvalidGrantOrCode)]
    [InlineData("refresh_token", 400, null, null, ServiceNowOAuthFailureReason.Unknown)]
    public void Classify_ServiceNowBodies_LikelyCause(string grant, int status, string? error, string? description, ServiceNowOAuthFailureReason expected)
    {
        var reason = OAuthErrorClassifier.Classify(grant, (HttpStatusCode)status, error, description);

        Assert.Equal(expected, reason);
    }
}
