using System.Globalization;
using System.Net;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>
/// The local addresses that listen on a TCP port, read from the kernel's socket tables (<c>/proc/net/tcp</c> and
/// <c>tcp6</c>), so a test can tell "loopback only" from "all interfaces" without sending traffic anywhere.
/// </summary>
public static class ListeningSockets
{
    private const string ListenState = "0A";

    /// <summary>Every address listening on <paramref name="port"/> (IPv4 and IPv6).</summary>
    public static IReadOnlyList<IPAddress> On(int port) =>
        [.. Read("/proc/net/tcp", port, ParseIPv4), .. Read("/proc/net/tcp6", port, ParseIPv6)];

    private static IEnumerable<IPAddress> Read(string table, int port, Func<string, IPAddress> parse)
    {
        if (!File.Exists(table))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(table).Skip(1))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var local = columns[1].Split(':');
            if (columns[3] == ListenState && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            {
                yield return parse(local[0]);
            }
        }
    }

    // The kernel prints each 32-bit word of the address in host (little-endian) byte order.
    private static IPAddress ParseIPv4(string hex) => new(ReversedWord(hex, 0));

    private static IPAddress ParseIPv6(string hex) =>
        new([.. Enumerable.Range(0, 4).SelectMany(word => ReversedWord(hex, word * 8))]);

    private static byte[] ReversedWord(string hex, int start)
    {
        var bytes = Convert.FromHexString(hex.AsSpan(start, 8));
        Array.Reverse(bytes);
        return bytes;
    }
}
