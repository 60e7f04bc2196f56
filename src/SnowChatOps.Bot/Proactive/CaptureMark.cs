namespace SnowChatOps.Bot.Proactive;

/// <summary>When this conversation's reference was last stored, and at which service URL.</summary>
public sealed class CaptureMark
{
    public DateTimeOffset At { get; set; }

    public string? ServiceUrl { get; set; }
}
