namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>One line of the troubleshooting checklist: what was checked, how it went, and the fix when it failed.</summary>
internal sealed record CheckResult(string Title, CheckOutcome Outcome, string? Detail = null)
{
    public bool Blocks => Outcome == CheckOutcome.Failed;
}
