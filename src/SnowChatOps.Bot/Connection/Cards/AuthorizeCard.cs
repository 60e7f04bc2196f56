using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>The seed's "authorize as the integration user" step: the warning, the Not you? steps and the link.</summary>
internal static class AuthorizeCard
{
    public static AdaptiveCard Build(string heading, Uri signIn, TimeSpan lifetime) => new(
        [
            new TextBlock(heading) { Size = "Medium", Weight = "Bolder" },
            new TextBlock(ConnectionText.Authorize_Heading) { Weight = "Bolder" },
            new Container([new TextBlock(ConnectionText.Authorize_Warning) { Weight = "Bolder" }]) { Style = "warning" },
            new TextBlock(ConnectionText.Authorize_Steps),
            new TextBlock(string.Format(CultureInfo.CurrentCulture, ConnectionText.Authorize_Expires, (int)lifetime.TotalMinutes)) { IsSubtle = true },
            new TextBlock(ConnectionText.Authorize_SsoHint) { IsSubtle = true, Size = "Small" },
        ],
        [
            new OpenUrlAction(ConnectionText.Authorize_Button, signIn) { Style = "positive" },
            ConnectionButtons.Diagnose(),
        ]);
}
