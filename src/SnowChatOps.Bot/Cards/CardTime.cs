using System.Globalization;

namespace SnowChatOps.Bot.Cards;

/// <summary>
/// How every card shows a point in time: through the Adaptive Cards <c>DATE()</c> and <c>TIME()</c> text functions
/// ("Text features", Adaptive Cards documentation), which the Teams client renders in each reader's own time zone and
/// language. A channel card read by people in three time zones shows each of them their own clock, and no card says
/// UTC while the next says local time. Only <see cref="TextBlock"/> and fact text may carry it (the functions are
/// rendered there, not in button titles or the message's plain text). A calendar day (a due date, a digest's day) is
/// not an instant and is written as the day itself, in the reader's culture.
/// </summary>
internal static class CardTime
{
    /// <summary>"{{DATE(2026-12-03T09:00:00Z, SHORT)}} {{TIME(2026-12-03T09:00:00Z)}}": the strict RFC 3339 form the functions require.</summary>
    public static string Instant(DateTimeOffset at)
    {
        var rfc3339 = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({rfc3339}, SHORT)}}}} {{{{TIME({rfc3339})}}}}";
    }

    /// <summary>A calendar day, in the current culture's long date pattern ("Saturday, December 26, 2026", "2026年12月26日星期六").</summary>
    public static string Day(DateOnly day) => day.ToString("D", CultureInfo.CurrentCulture);
}
