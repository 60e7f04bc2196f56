using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>
/// "Secure Score dropped N points (before → after)", the two snapshot dates, then one block per lost control (title,
/// category, points before → after) with Sharing's own "share &lt;control&gt;" verb, the one the actions list uses.
/// Built in the current UI culture.
/// </summary>
internal static class ScoreDropCard
{
    private static readonly Uri Portal = new("https://security.microsoft.com/securescore");

    public static AdaptiveCard Build(ScoreDrop drop, IReadOnlyList<ScoreDropLine> lines, int more)
    {
        ArgumentNullException.ThrowIfNull(drop);
        ArgumentNullException.ThrowIfNull(lines);
        var culture = CultureInfo.CurrentCulture;
        var body = new List<CardElement>
        {
            new TextBlock(string.Format(culture, SecureScoreText.Drop_Title, Points(drop.Points), Points(drop.Previous.CurrentScore), Points(drop.Current.CurrentScore)))
            {
                Weight = "Bolder", Size = "Medium", Color = "Attention",
            },
            new TextBlock(string.Format(culture, SecureScoreText.Drop_Between, Day(drop.Previous.CreatedAt), Day(drop.Current.CreatedAt))) { IsSubtle = true },
        };
        if (lines.Count == 0)
        {
            body.Add(new TextBlock(SecureScoreText.Drop_NoControl));
        }

        body.AddRange(lines.Select(Line));
        if (more > 0)
        {
            body.Add(new TextBlock(string.Format(culture, SecureScoreText.Drop_More, more)) { IsSubtle = true });
        }

        return new AdaptiveCard(body, [new OpenUrlAction(SecureScoreText.Drop_OpenPortal, Portal)]);
    }

    private static Container Line(ScoreDropLine line)
    {
        var details = string.Format(CultureInfo.CurrentCulture, SecureScoreText.Drop_Control,
            line.Category is { } category ? CategoryName(category) : line.Loss.ControlId, Points(line.Loss.Before), Points(line.Loss.After));
        var items = new List<CardElement>
        {
            new TextBlock(line.Title) { Weight = "Bolder" },
            new TextBlock(details) { IsSubtle = true, Spacing = "None" },
        };
        if (line.ShareActionId is { } actionId)
        {
            items.Add(new ActionSet([new SubmitAction(SecureScoreText.Drop_Share, new CardSubmit(ShareCommandNames.Share, actionId)) { AssociatedInputs = "none" }]));
        }

        return new Container(items) { Separator = true };
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.CurrentCulture);

    private static string Day(DateTimeOffset at) => CardTime.Day(DateOnly.FromDateTime(at.UtcDateTime));

    private static string CategoryName(ActionCategory category) => category switch
    {
        ActionCategory.Devices => SecureScoreText.Category_Devices,
        ActionCategory.Data => SecureScoreText.Category_Data,
        ActionCategory.Apps => SecureScoreText.Category_Apps,
        ActionCategory.Identity => SecureScoreText.Category_Identity,
        _ => SecureScoreText.Category_Infrastructure,
    };
}
