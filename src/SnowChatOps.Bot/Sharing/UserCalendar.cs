using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Sharing;

/// <summary>
/// The user's calendar: Teams sends the client's local time with its UTC offset on each activity
/// (<c>localTimestamp</c>); without it we fall back to UTC. Due dates are days in this calendar.
/// </summary>
internal sealed record UserCalendar(TimeSpan UtcOffset, DateOnly Today)
{
    /// <summary>Due "on" a day means by the end of that day in the user's zone.</summary>
    private static readonly TimeOnly EndOfDay = new(23, 59, 59);

    public static UserCalendar For(ITurnContext turn, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return At(turn.Activity.LocalTimestamp?.Offset ?? TimeSpan.Zero, time);
    }

    public static UserCalendar At(TimeSpan offset, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new UserCalendar(offset, DateOnly.FromDateTime(time.GetUtcNow().ToOffset(offset).DateTime));
    }

    public static DateTimeOffset DueInstant(DateOnly day, TimeSpan offset) =>
        new DateTimeOffset(day.ToDateTime(EndOfDay), offset).ToUniversalTime();

    public static DateOnly DayOf(DateTimeOffset instant, TimeSpan offset) => DateOnly.FromDateTime(instant.ToOffset(offset).DateTime);
}
