namespace SnowChatOps.Bot.MicrosoftGraph;

/// <summary>Section <c>MicrosoftGraph</c>: the local stand-in for Microsoft Entra in Development.</summary>
internal sealed class MicrosoftGraphOptions
{
    public const string Section = "MicrosoftGraph";

    /// <summary>
    /// Development only (refused elsewhere): sent as <c>Authorization: Bearer {value}</c> instead of acquiring an app-only
    /// token, for the local Graph emulator (<c>src/SnowChatOps.GraphEmulator</c>, <c>scripts/run.sh --graph</c>).
    /// </summary>
    public string? DevBearerToken { get; set; }
}
