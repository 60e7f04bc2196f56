namespace SnowChatOps.Bot.SecureScore;

/// <summary>Where improvement actions are read from (<c>SecureScore:Source</c>).</summary>
internal enum ImprovementActionSourceKind
{
    /// <summary>The catalog file shipped with the app; no Microsoft Graph access needed.</summary>
    OfflineCatalog,

    /// <summary>Microsoft Graph <c>security/secureScoreControlProfiles</c> with an app-only token.</summary>
    Graph,
}
