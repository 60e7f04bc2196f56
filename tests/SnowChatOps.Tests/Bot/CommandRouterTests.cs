using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Bot;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Bot;

public sealed class CommandRouterTests
{
    [Fact]
    public async Task UnknownText_Answers_HintNamingHelp()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("frobnicate the tickets")
            .AssertReply(reply => Assert.Equal("I don't know the command \"frobnicate\". Type **help** to see what I can do.", ((Activity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownText_VeryLong_IsNotEchoedWhole()
    {
        await using var harness = new BotHarness();
        var word = new string('x', 500);

        await harness.Flow()
            .Send(word)
            .AssertReply(reply => Assert.True(((Activity)reply).Text.Length < 200))
            .StartTestAsync();
    }

    [Fact]
    public async Task EmptyText_Answers_Hint()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("   ")
            .AssertReply(reply => Assert.Contains("help", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownCardVerb_Answers_CardNoLongerUnderstood()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.Submit(new { verb = "self-destruct" }))
            .AssertReply(reply => Assert.StartsWith("That button belongs to a card", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task CardSubmit_PassesArgumentAndInputs_ToCommand()
    {
        var recorder = new RecordingCommand();
        await using var harness = new BotHarness(s => s.AddChatCommand<RecordingCommand>("record").AddSingleton(recorder));

        await harness.Flow()
            .Send(Activities.Submit(new { verb = "RECORD", arg = "INC0010001", comment = "hello", count = 3 }))
            .AssertReply("recorded")
            .StartTestAsync();

        var input = Assert.Single(recorder.Inputs);
        Assert.Equal("INC0010001", input.Argument);
        Assert.Equal("hello", input.Input("comment"));
        Assert.Equal("3", input.Input("count"));
        Assert.True(input.FromCard);
    }

    [Fact]
    public async Task FailingCommand_TellsUser_WithReference()
    {
        await using var harness = new BotHarness(s => s.AddChatCommand<FailingCommand>("boom"));

        await harness.Flow()
            .Send("boom")
            .AssertReply(reply => Assert.Matches("^Sorry, something went wrong on our side while handling that\\. Part of it may already be done.*reference: \\S+$", ((Activity)reply).Text))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "^SnowChatOps cannot reach its storage right now, so it could not finish that\\. Try again in a minute\\..*reference: \\S+$")]
    [InlineData("zh-CN", "^SnowChatOps 暂时无法访问其存储.*参考编号提供给管理员：\\S+$")]
    public async Task CommandFailingOnUnreachableStorage_SaysTryAgainShortly(string locale, string pattern)
    {
        await using var harness = new BotHarness(s => s.AddChatCommand<StorageDownCommand>("stored"));
        var message = Activities.Text("stored", locale);

        await harness.Flow()
            .Send(message)
            .AssertReply(reply => Assert.Matches(pattern, ((Activity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task CommandRefusedByStorage_IsNotCalledAnOutage()
    {
        await using var harness = new BotHarness(s => s.AddChatCommand<StorageForbiddenCommand>("forbidden"));

        await harness.Flow()
            .Send("forbidden")
            .AssertReply(reply => Assert.StartsWith("Sorry, something went wrong", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    private sealed class StorageDownCommand : IChatCommand
    {
        public string Name => "stored";

        // What the Azure SDK throws after its retries when the Table endpoint refuses connections.
        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => throw new AggregateException(new Azure.RequestFailedException("Connection refused"), new Azure.RequestFailedException("Connection refused"));
    }

    private sealed class StorageForbiddenCommand : IChatCommand
    {
        public string Name => "forbidden";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => throw new Azure.RequestFailedException(403, "AuthorizationPermissionMismatch");
    }

    private sealed class RecordingCommand : IChatCommand
    {
        public List<CommandInput> Inputs { get; } = [];

        public string Name => "record";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        {
            Inputs.Add(input);
            return turn.SendActivityAsync("recorded", cancellationToken: cancellationToken);
        }
    }

    private sealed class FailingCommand : IChatCommand
    {
        public string Name => "boom";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => throw new InvalidOperationException("broken on purpose");
    }
}
