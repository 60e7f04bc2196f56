using System.Globalization;
using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Cards;

/// <summary>
/// Shows instants in the user's own offset (Teams sends it as the activity's local timestamp) and culture;
/// without it, in UTC and labelled so.
/// </summary>
internal sealed record UserClock(TimeSpan? Offset)
{
    public static UserClock For(ITurnContext turn) => new(turn.Activity.LocalTimestamp?.Offset);

    public string Format(DateTimeOffset instant) => Offset is { } offset
        ? instant.ToOffset(offset).ToString("g", CultureInfo.CurrentCulture)
        : instant.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC";
}
