using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>One line per check with ✔ / ⚠ / ✖ / ℹ and, under a failed check, the fix.</summary>
internal static class ChecklistCard
{
    public static AdaptiveCard Build(string title, IReadOnlyList<CheckResult> checks, bool offerAuthorize)
    {
        var body = new List<CardElement> { new TextBlock(title) { Size = "Large", Weight = "Bolder" } };
        body.AddRange(checks.Select(Line));
        var actions = new List<CardAction>();
        if (offerAuthorize)
        {
            actions.Add(ConnectionButtons.Authorize());
        }

        actions.Add(ConnectionButtons.Status());
        return new AdaptiveCard(body, actions);
    }

    public static CardElement Line(CheckResult check)
    {
        var (mark, color) = check.Outcome switch
        {
            CheckOutcome.Passed => ("✔", "Good"),
            CheckOutcome.Warning => ("⚠", "Warning"),
            CheckOutcome.Failed => ("✖", "Attention"),
            _ => ("ℹ", "Default"),
        };
        var items = new List<CardElement> { new TextBlock($"{mark} {check.Title}") { Weight = "Bolder", Color = color } };
        if (!string.IsNullOrEmpty(check.Detail))
        {
            items.Add(new TextBlock(check.Detail) { IsSubtle = check.Outcome == CheckOutcome.Passed, Spacing = "None" });
        }

        return new Container(items) { Separator = true };
    }
}
