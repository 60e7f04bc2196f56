namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>A conversation's wall clock: its Teams time zone where the bot has seen one, else UTC.</summary>
internal static class DigestClock
{
    public static TimeZoneInfo? Known(string? ianaId) =>
        TimeZoneCaptureMiddleware.IsPlausible(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId!, out var zone) ? zone : null;

    public static DateTimeOffset Local(DateTimeOffset now, string? ianaId) => TimeZoneInfo.ConvertTime(now, Known(ianaId) ?? TimeZoneInfo.Utc);
}
