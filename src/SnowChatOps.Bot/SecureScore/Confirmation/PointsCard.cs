using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>"Secure Score +N points for …" or "No change yet after 72 h …" with the action's Defender portal link, in the current UI culture.</summary>
internal static class PointsCard
{
    public static AdaptiveCard Build(string ticketNumber, string actionTitle, double? points, TimeSpan waited, Uri portal)
    {
        var culture = CultureInfo.CurrentCulture;
        var heading = points is { } gained
            ? string.Format(culture, SecureScoreText.Points_Rise, gained.ToString("0.##", culture), actionTitle)
            : string.Format(culture, SecureScoreText.Points_NoChange, ((int)waited.TotalHours).ToString(culture), actionTitle);
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Weight = "Bolder" },
            new TextBlock(string.Format(culture, SecureScoreText.Points_Ticket, ticketNumber)) { IsSubtle = true },
        };
        if (points is null)
        {
            body.Add(new TextBlock(SecureScoreText.Points_NoChangeHint));
        }

        return new AdaptiveCard(body, [new OpenUrlAction(SecureScoreText.Points_OpenPortal, portal)]);
    }

    /// <summary>The action in the Microsoft Defender portal's Secure Score (the link Microsoft's own "Share" gives).</summary>
    public static Uri PortalLink(string actionId) =>
        new("https://security.microsoft.com/securescore?viewid=actions&actionId=" + Uri.EscapeDataString(actionId));
}
