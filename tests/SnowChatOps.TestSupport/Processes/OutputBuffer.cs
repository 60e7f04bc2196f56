namespace SnowChatOps.TestSupport.Processes;

/// <summary>Thread-safe ring buffer of a process's stdout/stderr lines, kept for failure messages.</summary>
public sealed class OutputBuffer(int capacity)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    /// <summary>Raised (on the reader thread) for every line appended.</summary>
    public event Action<string>? LineAppended;

    /// <summary>Adds one line, dropping the oldest when full.</summary>
    public void Append(string line)
    {
        lock (gate)
        {
            if (lines.Count == capacity)
            {
                lines.Dequeue();
            }

            lines.Enqueue(line);
        }

        LineAppended?.Invoke(line);
    }

    /// <summary>The buffered lines, oldest first.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (gate)
        {
            return [.. lines];
        }
    }

    /// <summary>The last <paramref name="count"/> lines joined with newlines.</summary>
    public string Tail(int count = 80) => string.Join(Environment.NewLine, Lines().TakeLast(count));
}
