using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;

namespace SnowChatOps.Tests.Sharing;

public sealed class SharingOptionsTests
{
    [Fact]
    public void Options_Defaults_AreValid()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<SharingOptions>>().Value;

        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), 30), (options.RetryInterval, options.AbandonedAfter, options.DefaultDueInDays));
    }

    [Fact]
    public void Options_AbandonedBeforeServiceNowGivesUp_FailsAtStart()
    {
        using var provider = Build(new() { ["Sharing:AbandonedAfter"] = "00:00:30" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SharingOptions>>().Value);

        Assert.Contains("Sharing:AbandonedAfter (00:00:30) must be longer than ServiceNow:Resilience:TotalRequestTimeout (00:01:00)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sharing:RetryInterval", "00:00:00")]
    [InlineData("Sharing:DefaultDueInDays", "0")]
    [InlineData("Sharing:PageSize", "21")]
    public void Options_OutOfRange_FailsAtStart(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SharingOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddServiceNow(configuration);
        services.AddSharing();
        return services.BuildServiceProvider();
    }
}
