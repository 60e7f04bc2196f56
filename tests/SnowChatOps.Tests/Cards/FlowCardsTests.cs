using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Connect;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Cards;

// The connect flow's cards (FlowCards.Step around InstanceStep and ClientStep).
public sealed class FlowCardsTests
{
    private const string Secret = "Sup3r-Secret-Value!";

    [Fact]
    public async Task Step_FirstStep_HasNoBackAndItsCancelSkipsInputValidation()
    {
        await using var bot = new BotHarness();
        using var culture = CultureScope.Use("en-US");

        var card = new CardTree(FlowCards.Step(SampleCards.ConnectFlowOf(bot), 0, Values(), []));

        Assert.Equal(["Next", "Cancel"], card.Actions.Select(a => (string)a["title"]!));
        Assert.Equal("none", (string?)card.Action("Cancel")["associatedInputs"]);
    }

    [Fact]
    public async Task Step_InstanceStep_MarksTheInstanceRequiredWithAMessage()
    {
        await using var bot = new BotHarness();

        var instance = new CardTree(FlowCards.Step(SampleCards.ConnectFlowOf(bot), 0, Values(), [])).Input(InstanceStep.InstanceKey);

        Assert.True((bool)instance["isRequired"]!);
        Assert.False(string.IsNullOrEmpty((string?)instance["errorMessage"]));
    }

    [Fact]
    public async Task Step_WithErrors_ShowsThemInAnAttentionContainer()
    {
        await using var bot = new BotHarness();

        var card = new CardTree(FlowCards.Step(SampleCards.ConnectFlowOf(bot), 0, Values(), ["The instance could not be reached."]));

        var errors = card.Objects.Single(o => (string?)o["id"] == "flowErrors");
        Assert.Equal("attention", (string?)errors["style"]);
        Assert.Contains("- The instance could not be reached.", errors.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientStep_NoSecretYet_SecretInputIsARequiredEmptyPasswordField()
    {
        await using var bot = new BotHarness();

        var secret = new CardTree(FlowCards.Step(SampleCards.ConnectFlowOf(bot), 1, Values(), [])).Input(ClientStep.ClientSecretKey);

        Assert.Equal("password", (string?)secret["style"]);
        Assert.True((bool)secret["isRequired"]!);
        Assert.False(secret.ContainsKey("value"));
    }

    [Fact]
    public async Task ClientStep_SecretAlreadyGiven_IsOptionalAndNeitherItNorItsCiphertextIsInTheCard()
    {
        await using var bot = new BotHarness();
        var values = Values();
        values[ClientStep.ProtectedSecretKey] = bot.Get<SecretProtector>().Protect(SecretKind.ClientSecret, Secret);

        var card = new CardTree(FlowCards.Step(SampleCards.ConnectFlowOf(bot), 1, values, []));

        Assert.False((bool)card.Input(ClientStep.ClientSecretKey)["isRequired"]!);
        Assert.DoesNotContain(Secret, card.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(values[ClientStep.ProtectedSecretKey]!, card.Json, StringComparison.Ordinal);
    }

    private static FlowValues Values() => new(new Dictionary<string, string>(StringComparer.Ordinal));
}
