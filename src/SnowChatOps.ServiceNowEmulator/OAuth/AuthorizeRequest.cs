using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>The parameters of <c>/oauth_auth.do</c>, read from the query (GET) or the consent form (POST).</summary>
internal sealed record AuthorizeRequest(
    string? ResponseType, string? ClientId, string? RedirectUri, string? State, string? Scope, string? CodeChallenge, string? ChallengeMethod)
{
    public static AuthorizeRequest From(Func<string, StringValues> get)
    {
        static string? Value(StringValues v) => StringValues.IsNullOrEmpty(v) ? null : v.ToString();
        return new AuthorizeRequest(Value(get("response_type")), Value(get("client_id")), Value(get("redirect_uri")),
            Value(get("state")), Value(get("scope")), Value(get("code_challenge")), Value(get("code_challenge_method")));
    }

    public IEnumerable<KeyValuePair<string, string?>> Parameters() =>
        new Dictionary<string, string?>
        {
            ["response_type"] = ResponseType, ["client_id"] = ClientId, ["redirect_uri"] = RedirectUri, ["state"] = State,
            ["scope"] = Scope, ["code_challenge"] = CodeChallenge, ["code_challenge_method"] = ChallengeMethod,
        }.Where(p => p.Value is not null);

    public string AuthorizeUrl() => QueryHelpers.AddQueryString("/oauth_auth.do", Parameters());

    public string RedirectWith(string redirectUri, IEnumerable<KeyValuePair<string, string?>> parameters) =>
        QueryHelpers.AddQueryString(redirectUri, parameters.Append(new("state", State)).Where(p => p.Value is not null));
}
