using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Onboarding;

/// <summary>Pure builders for the first cards a user sees. Texts come from resources in the current UI culture.</summary>
internal static class OnboardingCards
{
    /// <summary>The seed's connection card: "Do you use ServiceNow?".</summary>
    public static AdaptiveCard Welcome() => new(
        [
            new TextBlock(Strings.Welcome_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(Strings.Welcome_Body),
        ],
        [
            new SubmitAction(Strings.Welcome_Connect, new CardSubmit("connect")) { Style = "positive" },
            new SubmitAction(Strings.Welcome_DataShared, new CardSubmit("data")),
            new SubmitAction(Strings.Welcome_Help, new CardSubmit("help")),
        ]);

    public static AdaptiveCard Help(IEnumerable<CommandHelp> commands) => new(
        [
            new TextBlock(Strings.Help_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(Strings.Help_Intro) { IsSubtle = true },
            new FactSet(commands.OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new Fact(c.Title?.Invoke() ?? c.Name, c.Description())).ToList()),
        ]);

    /// <summary>The seed's "Data exchange" section.</summary>
    public static AdaptiveCard DataShared() => new(
        [
            new TextBlock(Strings.DataShared_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(Strings.DataShared_ConnectHeading) { Weight = "Bolder" },
            new TextBlock(Strings.DataShared_ConnectItems),
            new TextBlock(Strings.DataShared_TicketHeading) { Weight = "Bolder" },
            new TextBlock(Strings.DataShared_TicketItems),
        ]);
}
