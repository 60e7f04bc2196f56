namespace SnowChatOps.GraphEmulator.Data;

/// <summary>
/// Each control's achieved points over time: a base score, then changes that take effect at a given instant (a state
/// change lands <see cref="GraphEmulatorOptions.ScoreDelay"/> later, as Secure Score's daily refresh does). Not thread-safe;
/// <see cref="GraphState"/> locks around it.
/// </summary>
internal sealed class ScoreTimeline(Dictionary<string, double> baseScores)
{
    private readonly Dictionary<string, List<(DateTimeOffset At, double Score)>> changes = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string controlId, DateTimeOffset effectiveAt, double score)
    {
        if (!changes.TryGetValue(controlId, out var list))
        {
            changes[controlId] = list = [];
        }

        list.Add((effectiveAt, score));
        list.Sort((a, b) => a.At.CompareTo(b.At));
    }

    public double BaseOf(string controlId) => baseScores.TryGetValue(controlId, out var score) ? score : 0;

    public double ScoreAt(string controlId, DateTimeOffset at)
    {
        var score = BaseOf(controlId);
        if (changes.TryGetValue(controlId, out var list))
        {
            foreach (var change in list.Where(c => c.At <= at))
            {
                score = change.Score;
            }
        }

        return score;
    }
}
