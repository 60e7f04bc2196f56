using SnowChatOps.Bot.Bot;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Bot;

public sealed class DevLocaleOptionsTests
{
    [Fact]
    public void Validate_DevLocaleOutsideDevelopment_Refused()
    {
        var validator = new DevLocaleOptionsValidator(new TestHostEnvironment { EnvironmentName = "Production" });

        var result = validator.Validate(null, new DevLocaleOptions { DevLocale = "zh-CN" });

        Assert.Equal(["Localization:DevLocale is for Development only (Teams sends each user's language); remove it."], result.Failures);
    }

    [Fact]
    public void Validate_NotACultureName_Refused()
    {
        var validator = new DevLocaleOptionsValidator(new TestHostEnvironment { EnvironmentName = "Development" });

        var result = validator.Validate(null, new DevLocaleOptions { DevLocale = "klingon-xx-1" });

        Assert.True(result.Failed);
        Assert.Contains("is not a culture name", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", "zh-CN")]
    [InlineData("Production", null)]
    [InlineData("Production", "")]
    public void Validate_DevelopmentCultureOrUnset_Accepted(string environment, string? locale)
    {
        var validator = new DevLocaleOptionsValidator(new TestHostEnvironment { EnvironmentName = environment });

        Assert.True(validator.Validate(null, new DevLocaleOptions { DevLocale = locale }).Succeeded);
    }
}
