using System.Text;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>OAuth tokens for one tenant. <see cref="ToString"/> never prints the token values.</summary>
internal sealed record ServiceNowTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessExpiresAt)
{
    public bool ExpiresWithin(TimeSpan window, DateTimeOffset now) => AccessExpiresAt - now <= window;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessToken = ***, RefreshToken = ***, AccessExpiresAt = ").Append(AccessExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
