using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>"View all": one page of a table's tracked tickets with state names and links, and paging buttons.</summary>
internal static class TicketListCard
{
    public const int PageSize = 10;

    public static AdaptiveCard Build(TicketTable table, IReadOnlyList<TicketLine> page, int pageIndex, int total, bool live)
    {
        ArgumentNullException.ThrowIfNull(page);
        var title = string.Format(CultureInfo.CurrentCulture, TrackingText.List_Title, TicketsOverviewCard.Title(table));
        var body = new List<CardElement> { new TextBlock(title) { Size = "Large", Weight = "Bolder" } };
        if (total == 0)
        {
            body.Add(new TextBlock(TrackingText.List_Empty));
            return new AdaptiveCard(body);
        }

        var first = (pageIndex * PageSize) + 1;
        body.Add(new TextBlock(string.Format(CultureInfo.CurrentCulture, TrackingText.List_Summary, first, first + page.Count - 1, total)) { IsSubtle = true, Spacing = "None" });
        body.Add(new TextBlock(string.Join("\n", page.Select(l => l.ToMarkdown()))));
        body.Add(new TextBlock(live ? TrackingText.List_Live : TrackingText.List_LastKnown) { IsSubtle = true, Size = "Small" });
        var actions = new List<CardAction>();
        if (pageIndex > 0)
        {
            actions.Add(new SubmitAction(TrackingText.List_Previous, new CardSubmit(TrackingVerbs.TicketsAll, PageArg(table, pageIndex - 1))));
        }

        if (first + page.Count - 1 < total)
        {
            actions.Add(new SubmitAction(TrackingText.List_Next, new CardSubmit(TrackingVerbs.TicketsAll, PageArg(table, pageIndex + 1))));
        }

        return new AdaptiveCard(body, actions.Count > 0 ? actions : null);
    }

    /// <summary>"incident" or "incident 2" (zero-based page); what the typed command takes too.</summary>
    public static string PageArg(TicketTable table, int pageIndex)
        => pageIndex == 0 ? table.ToTableName() : $"{table.ToTableName()} {pageIndex.ToString(CultureInfo.InvariantCulture)}";
}
