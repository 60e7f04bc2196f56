using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>ServiceNow's stored date-time format: <c>yyyy-MM-dd HH:mm:ss</c>, always UTC.</summary>
internal static class ServiceNowDateTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string ToServiceNow(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, [NotNullWhen(true)] out DateTimeOffset? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value)
            || !DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        result = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }

    /// <summary>Empty or unparsable values (ServiceNow sends "" for an unset date) become null.</summary>
    public static DateTimeOffset? ParseOrNull(string? value) => TryParse(value, out var result) ? result : null;
}
