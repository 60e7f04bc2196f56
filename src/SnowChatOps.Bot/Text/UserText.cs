using System.Globalization;
using System.Text;

namespace SnowChatOps.Bot.Text;

/// <summary>
/// Bounds for text that came from a person (typed, a card value, a webhook field) before anything uses it: control
/// characters removed (line breaks and tabs kept), lone surrogates replaced, lengths capped; and the one safe form
/// for logs (short, every control character escaped).
/// </summary>
internal static class UserText
{
    /// <summary>How much of a user value a log line may carry.</summary>
    public const int MaxLogLength = 200;

    /// <summary>
    /// <paramref name="value"/> without C0/C1 control characters other than CR, LF and tab (NUL, ESC, BEL, DEL, NEL
    /// ...), with unpaired surrogates replaced by U+FFFD, cut to <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Clean(string? value, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(value) && value.Length <= maxLength)
        {
            return value;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength));
        for (var i = 0; i < value.Length && builder.Length < maxLength; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (builder.Length + 2 > maxLength)
                {
                    break;
                }

                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsRemoved(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>At most <see cref="MaxLogLength"/> characters of <paramref name="value"/>, control characters as \uXXXX.</summary>
    public static string ForLog(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxLogLength) + 8);
        foreach (var c in value)
        {
            if (builder.Length >= MaxLogLength)
            {
                builder.Append("…(").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
                break;
            }

            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="value"/> holds a character <see cref="Clean"/> would remove or replace.</summary>
    public static bool NeedsCleaning(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsRemoved(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRemoved(char c) => char.IsControl(c) && c is not '\n' and not '\r' and not '\t';
}
