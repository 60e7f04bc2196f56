using System.Globalization;

namespace SnowChatOps.LoadHarness;

/// <summary>Resident set size of a process and its split, from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
internal static class ProcessMemory
{
    public static RssReading Read(int pid)
    {
        var fields = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon] is "VmRSS" or "RssAnon" or "RssFile" or "RssShmem")
            {
                fields[line[..colon]] = long.Parse(line[(colon + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return fields.TryGetValue("VmRSS", out var total)
            ? new RssReading(total, fields.GetValueOrDefault("RssAnon"), fields.GetValueOrDefault("RssFile"), fields.GetValueOrDefault("RssShmem"))
            : throw new InvalidOperationException($"/proc/{pid}/status has no VmRSS line.");
    }
}
