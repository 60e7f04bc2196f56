using System.Globalization;

namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>
/// A tenant's quiet hours, local wall-clock times: from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive),
/// across midnight when <see cref="From"/> is later (22:00–07:00). Reminders due inside are posted when they end.
/// </summary>
internal sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public const string Format = "HH:mm";

    public bool Contains(TimeOnly time) => From < To ? time >= From && time < To : time >= From || time < To;

    /// <returns>True for both blank (no quiet hours, <paramref name="hours"/> null) or two different valid HH:mm times.</returns>
    public static bool TryParse(string? from, string? to, out QuietHours? hours)
    {
        hours = null;
        var (f, t) = ((from ?? string.Empty).Trim(), (to ?? string.Empty).Trim());
        if (f.Length == 0 && t.Length == 0)
        {
            return true;
        }

        if (!TryTime(f, out var start) || !TryTime(t, out var end) || start == end)
        {
            return false;
        }

        hours = new QuietHours(start, end);
        return true;
    }

    public static string Text(TimeOnly? time) => time?.ToString(Format, CultureInfo.InvariantCulture) ?? string.Empty;

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["H:mm", Format], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
