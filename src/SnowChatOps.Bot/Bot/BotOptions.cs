namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The Azure Bot registration. Bound from the <c>Bot</c> section and also handed, as a section, to
/// Bot Framework's <c>ConfigurationBotFrameworkAuthentication</c>, which reads these same key names.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    public string? MicrosoftAppId { get; init; }

    public string? MicrosoftAppPassword { get; init; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; init; }

    public string? MicrosoftAppTenantId { get; init; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
