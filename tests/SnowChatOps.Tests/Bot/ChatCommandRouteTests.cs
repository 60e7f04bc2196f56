using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Bot;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Bot;

public sealed class ChatCommandRouteTests
{
    [Fact]
    public async Task Router_OtherCommandTyped_NeverBuildsTheCommand()
    {
        var factory = new CountingFactory();
        await using var harness = new BotHarness(s => s.AddChatCommand("counted", factory.Build));

        await harness.Flow()
            .Send("help")
            .AssertReply(reply => Assert.NotEmpty(((Activity)reply).Attachments))
            .StartTestAsync();

        Assert.Equal(0, factory.Built);
    }

    [Fact]
    public async Task Router_CommandTypedThenPressed_BuildsItOnceAndRunsItBothTimes()
    {
        var factory = new CountingFactory();
        await using var harness = new BotHarness(s => s.AddChatCommand("counted", factory.Build));

        await harness.Flow()
            .Send("COUNTED")
            .AssertReply("counted 1")
            .Send(Activities.Submit(new { verb = "counted" }))
            .AssertReply("counted 1")
            .StartTestAsync();

        Assert.Equal(1, factory.Built);
    }

    [Fact]
    public async Task Router_CommandFailedToBuild_TellsTheUserAndBuildsItAgainNextTime()
    {
        var factory = new CountingFactory { FailFirst = true };
        await using var harness = new BotHarness(s => s.AddChatCommand("counted", factory.Build));

        await harness.Flow()
            .Send("counted")
            .AssertReply(reply => Assert.StartsWith("Sorry, something went wrong", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("counted")
            .AssertReply("counted 2")
            .StartTestAsync();

        Assert.Equal(2, factory.Built);
    }

    [Fact]
    public void AddChatCommand_WithHelp_RegistersTheRouteAndTheHelpLineWithoutBuilding()
    {
        var factory = new CountingFactory();
        var services = new ServiceCollection().AddChatCommand("counted", factory.Build, () => "Counts", order: 5);
        using var provider = services.BuildServiceProvider();

        var route = Assert.Single(provider.GetServices<ChatCommandRoute>());
        var help = Assert.Single(provider.GetServices<CommandHelp>());

        Assert.Equal(("counted", "counted", "Counts", 5), (route.Name, help.Name, help.Description(), help.Order));
        Assert.Equal(0, factory.Built);
    }

    [Fact]
    public void AddChatCommandOfType_RoutesToTheSingletonOfThatType()
    {
        using var provider = new ServiceCollection().AddChatCommand<NamedCommand>("named").BuildServiceProvider();

        var route = Assert.Single(provider.GetServices<ChatCommandRoute>());

        Assert.Same(provider.GetRequiredService<NamedCommand>(), route.Factory(provider));
    }

    private sealed class CountingFactory
    {
        public int Built { get; private set; }

        public bool FailFirst { get; init; }

        public IChatCommand Build(IServiceProvider services)
        {
            Built++;
            return FailFirst && Built == 1 ? throw new InvalidOperationException("not buildable yet") : new CountedCommand(Built);
        }
    }

    private sealed class CountedCommand(int instance) : IChatCommand
    {
        public string Name => "counted";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
            => turn.SendActivityAsync($"counted {instance}", cancellationToken: cancellationToken);
    }

    private sealed class NamedCommand : IChatCommand
    {
        public string Name => "named";

        public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
