namespace SnowChatOps.GraphEmulator.Data;

/// <summary>Which requests a planned 429 applies to.</summary>
internal enum FaultTarget
{
    Any,
    Profiles,
    Scores,
}
