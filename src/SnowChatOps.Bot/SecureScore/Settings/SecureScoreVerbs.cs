namespace SnowChatOps.Bot.SecureScore.Settings;

/// <summary>Command names and card verbs of the Secure Score settings card (admins; linked from <c>settings</c>).</summary>
internal static class SecureScoreVerbs
{
    public const string Settings = "securescore-settings";
    public const string SettingsSave = "securescore-settings-save";
    public const string WriteBackInput = "writeBack";
    public const string ResolvedStateInput = "resolvedState";
    public const string DropThresholdInput = "dropThreshold";
    public const string QuietFromInput = "quietFrom";
    public const string QuietToInput = "quietTo";
}
