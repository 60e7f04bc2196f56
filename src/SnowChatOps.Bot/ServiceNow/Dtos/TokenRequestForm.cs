using Refit;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Form body of <c>POST /oauth_token.do</c>; null members are omitted.</summary>
internal sealed record TokenRequestForm
{
    [AliasAs("grant_type")] public required string GrantType { get; init; }
    [AliasAs("client_id")] public required string ClientId { get; init; }
    [AliasAs("client_secret")] public required string ClientSecret { get; init; }
    [AliasAs("code")] public string? Code { get; init; }
    [AliasAs("redirect_uri")] public string? RedirectUri { get; init; }
    [AliasAs("code_verifier")] public string? CodeVerifier { get; init; }
    [AliasAs("refresh_token")] public string? RefreshToken { get; init; }
}
