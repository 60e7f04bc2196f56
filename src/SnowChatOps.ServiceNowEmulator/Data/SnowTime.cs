using System.Globalization;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>ServiceNow's stored date-time format: <c>yyyy-MM-dd HH:mm:ss</c> in UTC.</summary>
internal static class SnowTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string ToSnow(this DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string Now(this TimeProvider time) => time.GetUtcNow().ToSnow();

    public static bool TryParse(string value, out DateTimeOffset result) =>
        DateTimeOffset.TryParseExact(value, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);
}
