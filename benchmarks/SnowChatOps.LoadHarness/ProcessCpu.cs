using System.Diagnostics;

namespace SnowChatOps.LoadHarness;

/// <summary>CPU time (user + system) a process has used so far.</summary>
internal static class ProcessCpu
{
    public static TimeSpan Used(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }
}
