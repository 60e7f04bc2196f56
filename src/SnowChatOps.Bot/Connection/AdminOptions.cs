namespace SnowChatOps.Bot.Connection;

/// <summary>
/// Who may connect, remove and configure ServiceNow: Azure AD (Entra ID) user object ids, and group object ids
/// whose members are admins (resolved through Microsoft Graph outside Development).
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admins";

    public IList<string> UserObjectIds { get; init; } = [];

    public IList<string> GroupObjectIds { get; init; } = [];

    /// <summary>Microsoft Graph's base URL for group checks (overridable for tests).</summary>
    public Uri GraphBaseUrl { get; init; } = new("https://graph.microsoft.com/v1.0/");
}
