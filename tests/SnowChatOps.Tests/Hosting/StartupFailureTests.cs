using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Tests.Hosting;

public sealed class StartupFailureTests
{
    [Fact]
    public void TryDescribe_SeveralValidatorsFail_OneLineWithEveryFailure()
    {
        var error = new AggregateException(
            new OptionsValidationException("Bot", typeof(object), ["Bot is missing."]),
            new OptionsValidationException("Storage", typeof(object), ["Storage is missing."]));

        var described = StartupFailure.TryDescribe(error, out var line);

        Assert.True(described);
        Assert.Equal("SnowChatOps cannot start: Bot is missing. Storage is missing.", line);
    }

    [Fact]
    public void TryDescribe_OtherException_IsNotOurs()
    {
        var described = StartupFailure.TryDescribe(new AggregateException(new InvalidOperationException("bug")), out _);

        Assert.False(described);
    }
}
