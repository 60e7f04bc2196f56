using System.Globalization;
using System.Text;

namespace SnowChatOps.Bot.Storage;

/// <summary>
/// Table Storage forbids '/', '\', '#', '?' and control characters in keys; Bot Framework keys contain '/'.
/// Percent-encodes those (and '%' itself) so every key round-trips and distinct keys stay distinct.
/// </summary>
internal static class TableKey
{
    public static string Escape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 1024)
        {
            throw new ArgumentException("A storage key is longer than Table Storage allows (1 KiB).", nameof(key));
        }

        return builder.ToString();
    }
}
