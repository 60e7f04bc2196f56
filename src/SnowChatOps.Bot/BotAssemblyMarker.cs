namespace SnowChatOps.Bot;

/// <summary>Marker type for <c>WebApplicationFactory</c>; two <c>Program</c> classes would clash in tests.</summary>
public sealed class BotAssemblyMarker;
