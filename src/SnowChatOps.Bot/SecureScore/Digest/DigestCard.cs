using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Text;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>The daily digest in the current UI culture; each suggested action carries Sharing's own "share" verb.</summary>
internal static class DigestCard
{
    private const int MaxNumbers = 5;
    private const int MaxTitleLength = 120;

    public static AdaptiveCard Build(DateOnly day, DigestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var culture = CultureInfo.CurrentCulture;
        var body = new List<CardElement>
        {
            new TextBlock(string.Format(culture, SecureScoreText.Digest_Title, CardTime.Day(day))) { Size = "Medium", Weight = "Bolder" },
            new TextBlock(string.Format(culture, SecureScoreText.Digest_Open, content.OpenByState.Sum(s => s.Value),
                string.Join(culture.TextInfo.ListSeparator + " ", content.OpenByState.Select(s => string.Format(culture, SecureScoreText.Digest_StateCount, s.Key, s.Value))))),
        };
        AddTickets(body, SecureScoreText.Digest_Overdue, content.Overdue, "Attention");
        AddTickets(body, SecureScoreText.Digest_DueSoon, content.DueSoon, "Warning");
        if (content.PointsThisWeek is { } points && points != 0)
        {
            body.Add(new TextBlock(string.Format(culture, SecureScoreText.Digest_Points, (points > 0 ? "+" : string.Empty) + points.ToString("0.##", culture))));
        }

        if (content.Suggestions.Count > 0)
        {
            body.Add(new TextBlock(SecureScoreText.Digest_Suggestions) { Weight = "Bolder", Separator = true });
            body.AddRange(content.Suggestions.Select(Suggestion));
        }

        return new AdaptiveCard(body);
    }

    private static void AddTickets(List<CardElement> body, string format, IReadOnlyList<TrackedTicket> tickets, string color)
    {
        if (tickets.Count > 0)
        {
            var numbers = string.Join(", ", tickets.Take(MaxNumbers).Select(t => t.Number)) + (tickets.Count > MaxNumbers ? ", …" : string.Empty);
            body.Add(new TextBlock(string.Format(CultureInfo.CurrentCulture, format, tickets.Count, numbers)) { Color = color });
        }
    }

    private static Container Suggestion(ImprovementAction action) => new(
    [
        new TextBlock(CardMarkdown.Line(action.Title, MaxTitleLength)),
        new TextBlock(string.Format(CultureInfo.CurrentCulture, SecureScoreText.Digest_SuggestionPoints, action.MaxScore.ToString("0.##", CultureInfo.CurrentCulture)))
        {
            IsSubtle = true, Spacing = "None",
        },
        new ActionSet([new SubmitAction(SecureScoreText.Drop_Share, new CardSubmit(ShareCommandNames.Share, action.Id)) { AssociatedInputs = "none" }]),
    ]);
}
