using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowRegistrationTests
{
    [Fact]
    public void Options_AllowLoopbackInProduction_FailsValidation()
    {
        using var provider = Build("Production", new() { ["ServiceNow:AllowLoopback"] = "true" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ServiceNowOptions>>().Value);

        Assert.Contains("AllowLoopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_SamplingShorterThanTwoAttempts_FailsValidation()
    {
        using var provider = Build("Development", new()
        {
            ["ServiceNow:Resilience:AttemptTimeout"] = "00:00:20",
            ["ServiceNow:Resilience:CircuitSamplingDuration"] = "00:00:30",
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ServiceNowOptions>>().Value);
    }

    [Fact]
    public void HostPolicy_FromOptions_AcceptsConfiguredHostAndLoopback()
    {
        using var provider = Build("Development", new()
        {
            ["ServiceNow:AllowLoopback"] = "true",
            ["ServiceNow:AdditionalAllowedHosts:0"] = "snow.contoso.example",
        });

        var policy = provider.GetRequiredService<ServiceNowHostPolicy>();

        Assert.True(ServiceNowInstance.TryParse("https://snow.contoso.example", policy, out _, out _));
        Assert.True(ServiceNowInstance.TryParse("http://127.0.0.1:5080", policy, out _, out _));
        Assert.NotNull(provider.GetRequiredService<ServiceNowClient>());
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddServiceNow(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).AddInMemoryServiceNowCredentialStore();
        return services.BuildServiceProvider();
    }
}
