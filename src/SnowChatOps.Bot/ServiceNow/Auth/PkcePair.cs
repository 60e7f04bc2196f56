namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>A PKCE verifier (keep secret until the code exchange) and its S256 challenge.</summary>
internal sealed record PkcePair(string Verifier, string Challenge)
{
    public override string ToString() => $"PkcePair {{ Verifier = ***, Challenge = {Challenge} }}";
}
