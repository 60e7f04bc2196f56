using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>
/// A child process whose output is captured in memory and whose whole process tree is killed on dispose.
/// Readiness helpers wait on signals (an output line, a probe that answers) with a deadline, and fail with
/// the captured output so a broken start explains itself.
/// </summary>
public sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StreamWriter? log;
    private readonly Lock logGate = new();

    private ManagedProcess(ProcessSpec spec)
    {
        Spec = spec;
        Output = new OutputBuffer(spec.OutputCapacity);
        if (spec.LogFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(spec.LogFile))!);
            log = new StreamWriter(spec.LogFile, append: false) { AutoFlush = true };
        }

        process = new Process { StartInfo = spec.ToStartInfo(), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, string.Empty);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, "[stderr] ");
        process.Exited += (_, _) => exited.TrySetResult();
    }

    /// <summary>What was started.</summary>
    public ProcessSpec Spec { get; }

    /// <summary>Captured stdout/stderr lines (stderr lines prefixed with <c>[stderr]</c>).</summary>
    public OutputBuffer Output { get; }

    /// <summary>The OS process id.</summary>
    public int Id => process.Id;

    /// <summary>Completes when the process exits.</summary>
    public Task Exited => exited.Task;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => exited.Task.IsCompleted;

    /// <summary>Starts the process described by <paramref name="spec"/>.</summary>
    public static ManagedProcess Start(ProcessSpec spec)
    {
        var managed = new ManagedProcess(spec);
        if (!managed.process.Start())
        {
            throw new InvalidOperationException($"Could not start {spec.Name}: {spec.CommandLine}");
        }

        managed.process.BeginOutputReadLine();
        managed.process.BeginErrorReadLine();
        return managed;
    }

    /// <summary>Waits until a captured output line matches <paramref name="pattern"/>.</summary>
    public async Task<string> WaitForOutputAsync(Regex pattern, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAppended(string line)
        {
            if (pattern.IsMatch(line))
            {
                seen.TrySetResult(line);
            }
        }

        Output.LineAppended += OnAppended;
        try
        {
            foreach (var line in Output.Lines().Where(l => pattern.IsMatch(l)))
            {
                return line;
            }

            await WaitAsync(seen.Task, $"an output line matching /{pattern}/", timeout, cancellationToken);
            return await seen.Task;
        }
        finally
        {
            Output.LineAppended -= OnAppended;
        }
    }

    /// <summary>
    /// Retries <paramref name="probe"/> (with a short growing back-off) until it returns true, the process exits,
    /// or <paramref name="timeout"/> passes; the last two fail with the captured output.
    /// </summary>
    public async Task WaitUntilAsync(
        string what, Func<CancellationToken, Task<bool>> probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var backoff = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            ThrowIfExited(what);
            try
            {
                if (await probe(deadline.Token))
                {
                    return;
                }

                await Task.WhenAny(exited.Task, Task.Delay(backoff, deadline.Token));
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw NotReady(what, $"timed out after {timeout.TotalSeconds:0.#} s");
            }

            backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 500));
        }
    }

    /// <summary>Kills the whole process tree and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await exited.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing left to kill.
        }
        finally
        {
            process.Dispose();
            lock (logGate)
            {
                log?.Dispose();
                log = null;
            }
        }
    }

    private async Task WaitAsync(Task signal, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAny(signal, exited.Task).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw NotReady(what, $"timed out after {timeout.TotalSeconds:0.#} s");
        }

        if (!signal.IsCompleted)
        {
            ThrowIfExited(what);
        }
    }

    private void ThrowIfExited(string what)
    {
        if (HasExited)
        {
            throw NotReady(what, $"the process exited with code {process.ExitCode}");
        }
    }

    private InvalidOperationException NotReady(string what, string reason) => new(
        $"{Spec.Name} did not become ready (waiting for {what}): {reason}.{Environment.NewLine}" +
        $"Command: {Spec.CommandLine}{Environment.NewLine}Last output:{Environment.NewLine}{Output.Tail()}");

    private void OnLine(string? line, string prefix)
    {
        if (line is null)
        {
            return;
        }

        Output.Append(prefix + line);
        lock (logGate)
        {
            log?.WriteLine(prefix + line);
        }
    }
}
