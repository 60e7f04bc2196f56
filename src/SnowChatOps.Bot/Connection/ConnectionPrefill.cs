namespace SnowChatOps.Bot.Connection;

/// <summary>Development demo values for the connect card (the emulator's instance and OAuth client).</summary>
public sealed class ConnectionPrefill
{
    public string? InstanceUrl { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }
}
