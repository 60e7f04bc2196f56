namespace SnowChatOps.TestSupport.Cards;

/// <summary>Per-card validation errors, keyed by card name; a valid card has an empty list.</summary>
public sealed record CardValidationReport(IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    /// <summary>True when every card is valid.</summary>
    public bool AllValid => Errors.Values.All(e => e.Count == 0);

    /// <summary>Only the failing cards.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Failures =>
        Errors.Where(e => e.Value.Count > 0).ToDictionary(e => e.Key, e => e.Value);

    /// <summary>One line per failing card, for assertion messages.</summary>
    public override string ToString() =>
        AllValid ? "all cards valid" : string.Join(Environment.NewLine, Failures.Select(f => $"{f.Key}: {string.Join("; ", f.Value)}"));
}
