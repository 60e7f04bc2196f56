using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Tests.Connection;

namespace SnowChatOps.Tests.Cards;

public sealed class SettingsCardsTests
{
    [Fact]
    public void StateNames_EveryStateInput_IsRequiredAndCappedAtTheMaximumLength()
    {
        var card = new CardTree(SettingsCards.StateNames(new Dictionary<string, string>()));

        var inputs = card.Inputs.ToList();

        Assert.NotEmpty(inputs);
        Assert.All(inputs, i => Assert.True((bool)i["isRequired"]!));
        Assert.All(inputs, i => Assert.Equal(SettingsCards.MaxStateNameLength, (int)i["maxLength"]!));
    }

    [Fact]
    public void StateNames_Renamed_ShowsTheCustomNameAsTheInputValue()
    {
        var card = new CardTree(SettingsCards.StateNames(new Dictionary<string, string> { ["incident:6"] = "Fixed" }));

        Assert.Equal("Fixed", (string?)card.Input("incident:6")["value"]);
    }

    [Fact]
    public void StateNames_Reset_SkipsInputValidation()
    {
        var card = new CardTree(SettingsCards.StateNames(new Dictionary<string, string>(), "Too long"));

        var reset = card.Actions.Single(a => (string?)a["data"]!["verb"] == ConnectionVerbs.StateNamesReset);

        Assert.Equal("none", (string?)reset["associatedInputs"]);
    }

    [Fact]
    public void StateNames_Cancel_GoesBackToSettingsWithoutSendingTheInputs()
    {
        var card = new CardTree(SettingsCards.StateNames(new Dictionary<string, string>()));

        var cancel = card.Actions.Single(a => (string?)a["title"] == "Cancel");

        Assert.Equal((ConnectionVerbs.Settings, "none"), ((string?)cancel["data"]!["verb"], (string?)cancel["associatedInputs"]));
    }

    [Fact]
    public void ConfirmRemove_RemoveIsDestructiveAndKeepIsNot()
    {
        var card = new CardTree(SettingsCards.ConfirmRemove(Connections.Connected()));

        var styles = card.Actions.ToDictionary(a => (string)a["data"]!["verb"]!, a => (string?)a["style"]);

        Assert.Equal("destructive", styles[ConnectionVerbs.RemoveConfirmed]);
        Assert.Null(styles[ConnectionVerbs.RemoveCancelled]);
    }
}
