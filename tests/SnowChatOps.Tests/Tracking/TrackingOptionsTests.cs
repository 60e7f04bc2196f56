using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Tracking;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking;

public sealed class TrackingOptionsTests
{
    [Fact]
    public void Options_DevSecretOutsideDevelopment_Refused()
    {
        var validator = new TrackingOptionsValidator(new TestHostEnvironment { EnvironmentName = "Production" });

        var result = validator.Validate(null, new TrackingOptions { DevWebhookSecret = "dev-secret" });

        Assert.Equal(["Tracking:DevWebhookSecret may only be set in the Development environment."], result.Failures);
    }

    [Fact]
    public async Task Options_PollIntervalOutOfRange_FailsValidation()
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["Tracking:PollInterval"] = "00:00:05" });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Get<IOptions<TrackingOptions>>().Value);

        Assert.Contains("Tracking:PollInterval must be between 15 seconds and 1 hour.", error.Message, StringComparison.Ordinal);
    }
}
