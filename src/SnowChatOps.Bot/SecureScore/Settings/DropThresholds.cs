using System.Globalization;

namespace SnowChatOps.Bot.SecureScore.Settings;

/// <summary>
/// The score-drop threshold as typed on the settings card: blank means no alert; otherwise points, more than 0 and at
/// most <see cref="Max"/>, with at most two decimals and a dot (the card's regex; checked again here, the card is not trusted).
/// </summary>
internal static class DropThresholds
{
    public const double Max = 9999;
    public const int MaxLength = 7;
    public const string Pattern = @"^\s*(\d{1,4}(\.\d{1,2})?)?\s*$";

    /// <returns>False for anything but blank or a valid number of points (then <paramref name="threshold"/> is null).</returns>
    public static bool TryParse(string? text, out double? threshold)
    {
        threshold = null;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (trimmed.Length > MaxLength || trimmed.Any(c => c is not (>= '0' and <= '9') and not '.')
            || !double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points)
            || points is <= 0 or > Max || Math.Round(points, 2) != points)
        {
            return false;
        }

        threshold = points;
        return true;
    }

    public static string Format(double? threshold) => threshold?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}
