using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Flows;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Flows;

public sealed class FlowEngineTests
{
    private readonly PetFlow flow = new();

    [Fact]
    public async Task Start_ShowsFirstStep_WithNextAndCancelButNoBack()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send("pet")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Register a pet · step 1 of 2", card.Title);
                Assert.Equal(["Next", "Cancel"], card.ActionTitles);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Start_StateIsStoredBeforeTheCardGoesOut()
    {
        await using var harness = Harness();
        var conversation = harness.Adapter.Conversation;
        var key = $"{conversation.ChannelId}/conversations/{conversation.Conversation.Id}/users/{conversation.User.Id}";
        var storedWhenSent = new List<bool>();
        harness.Adapter.BeforeSend = async _ => storedWhenSent.Add((await harness.Storage.ReadAsync([key], TestContext.Current.CancellationToken)).Count == 1);

        await harness.Flow().Send("pet").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal([true], storedWhenSent);
    }

    [Fact]
    public async Task Next_InvalidInput_ReplacesCardWithErrorsAndKeepsTypedValues()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send("pet")
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(_ => { })
            .Send(Press("age", "next", new { age = "old" }))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("card-1", reply.Id);
                Assert.Contains("- The age must be a number.", card.Texts);
                Assert.Equal("old", (string?)card.Json.SelectToken("$..[?(@.id == 'age')].value"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Finish_AllValid_CompletesOnceAndClearsState()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send("pet")
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(reply => Assert.Equal("Register a pet · step 2 of 2", CardReader.From(reply).Title))
            .Send(Press("age", "next", new { age = "3" }))
            .AssertReply(reply => Assert.Equal("Registered Rex", CardReader.From(reply).Title))
            .Send(Press("age", "next", new { age = "3" }))
            .AssertReply(reply => Assert.StartsWith("This card has expired", CardReader.From(reply).Title, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(["Rex:3"], flow.Completed);
    }

    [Fact]
    public async Task Back_FromSecondStep_ShowsFirstStepWithValueKept()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send("pet")
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(_ => { })
            .Send(Press("age", "back", new { }))
            .AssertReply(reply => Assert.Equal("Rex", (string?)CardReader.From(reply).Json.SelectToken("$..[?(@.id == 'name')].value")))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ReplacesCardAndForgetsFlow()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send("pet")
            .AssertReply(_ => { })
            .Send(Press("name", "cancel", new { }))
            .AssertReply(reply => Assert.Equal("Register a pet: cancelled. Nothing was saved.", CardReader.From(reply).Title))
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(reply => Assert.StartsWith("This card has expired", CardReader.From(reply).Title, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Empty(flow.Completed);
    }

    [Fact]
    public async Task OldCard_PressedAfterMovingOn_ShowsCurrentStepInstead()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send("pet")
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Fido" }))
            .AssertReply("That card is out of date. Here is where you are now.")
            .AssertReply(reply => Assert.Equal("Register a pet · step 2 of 2", CardReader.From(reply).Title))
            .StartTestAsync();
    }

    [Fact]
    public async Task Card_PressedAfterAnHour_HasExpired()
    {
        await using var harness = Harness();

        await harness.Flow().Send("pet").AssertReply(_ => { }).StartTestAsync();
        harness.Time.Advance(FlowEngine.Lifetime + TimeSpan.FromSeconds(1));

        await harness.Flow()
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(reply => Assert.Equal("This card has expired, so nothing was done. Type **pet** to start again.", CardReader.From(reply).Title))
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoUsers_SameConversation_KeepSeparateProgress()
    {
        await using var harness = Harness();

        await harness.Flow()
            .Send(Activities.Text("pet"))
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Rex" }))
            .AssertReply(_ => { })
            .Send(Press("name", "next", new { name = "Tom" }, user: "someone-else"))
            .AssertReply(reply => Assert.StartsWith("This card has expired", CardReader.From(reply).Title, StringComparison.Ordinal))
            .StartTestAsync();
    }

    private BotHarness Harness() => new(s => s
        .AddSingleton<IFlow>(flow)
        .AddChatCommand<StartPetCommand>("pet"));

    private static Activity Press(string step, string move, object inputs, string? user = null)
    {
        var value = Newtonsoft.Json.Linq.JObject.FromObject(inputs);
        value["verb"] = "flow";
        value["arg"] = FlowArg.Write("pet", step, move);
        return Activities.Submit(value, replyToId: "card-1", userId: user);
    }

    private sealed class StartPetCommand(FlowEngine engine) : IChatCommand
    {
        public string Name => "pet";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => engine.StartAsync(turn, "pet", null, cancellationToken);
    }
}
