using System.Diagnostics;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>What to start: executable, arguments, working directory, extra environment.</summary>
/// <param name="Name">Short name used in diagnostics ("azurite", "bot").</param>
/// <param name="FileName">Executable (e.g. <c>dotnet</c>, <c>node</c>).</param>
/// <param name="Arguments">Arguments, each passed as one argv entry (no shell quoting).</param>
public sealed record ProcessSpec(string Name, string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; the repository root when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to (value) or removed from (null) the inherited environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How many output lines the in-memory ring buffer keeps.</summary>
    public int OutputCapacity { get; init; } = 2000;

    /// <summary>Optional file that receives every output line as well (for humans after a failed run).</summary>
    public string? LogFile { get; init; }

    /// <summary>The command line as a human would type it (for messages only).</summary>
    public string CommandLine => string.Join(' ', [FileName, .. Arguments]);

    internal ProcessStartInfo ToStartInfo()
    {
        var info = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = WorkingDirectory ?? RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }
}
