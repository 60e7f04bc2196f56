using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>
/// The seed's "Change management" / "Incident management" card: open tracked tickets counted by state, the latest
/// few, and Create a ticket / View all / Manage ServiceNow configuration.
/// </summary>
internal static class TicketsOverviewCard
{
    public static AdaptiveCard Build(TicketTable table, IReadOnlyList<(string State, int Count)> counts, IReadOnlyList<TicketLine> latest)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(latest);
        var total = counts.Sum(c => c.Count);
        var body = new List<CardElement>
        {
            new TextBlock(Title(table)) { Size = "Large", Weight = "Bolder" },
            new TextBlock(total == 0 ? TrackingText.Overview_None : (total == 1 ? TrackingText.Overview_OpenCount_One : string.Format(CultureInfo.CurrentCulture, TrackingText.Overview_OpenCount, total))) { IsSubtle = true, Spacing = "None" },
        };
        if (total > 0)
        {
            body.Add(new FactSet([.. counts.Select(c => new Fact(c.State, c.Count.ToString(CultureInfo.CurrentCulture)))]));
        }

        if (latest.Count > 0)
        {
            body.Add(new TextBlock(TrackingText.Overview_Latest) { Weight = "Bolder", Separator = true });
            body.Add(new TextBlock(string.Join("\n", latest.Select(l => l.ToMarkdown()))));
        }

        return new AdaptiveCard(body,
        [
            new SubmitAction(TrackingText.Overview_Create, new CardSubmit(TrackingVerbs.CreateTicket)),
            new SubmitAction(TrackingText.Overview_ViewAll, new CardSubmit(TrackingVerbs.TicketsAll, table.ToTableName())),
            new SubmitAction(TrackingText.Overview_Manage, new CardSubmit(TrackingVerbs.Settings)),
        ]);
    }

    public static string Title(TicketTable table)
        => table == TicketTable.ChangeRequest ? TrackingText.Overview_ChangeTitle : TrackingText.Overview_IncidentTitle;
}
