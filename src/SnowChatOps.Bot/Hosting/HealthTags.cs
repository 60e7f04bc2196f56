namespace SnowChatOps.Bot.Hosting;

/// <summary>
/// /healthz runs every check (the platform's probe: is this instance serving?); /readyz runs the checks tagged
/// <see cref="Ready"/> (can this instance do its work: storage answers and the key ring opens?).
/// </summary>
internal static class HealthTags
{
    public const string Ready = "ready";
}
