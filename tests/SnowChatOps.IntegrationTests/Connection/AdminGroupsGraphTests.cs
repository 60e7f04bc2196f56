using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Abstractions;
using SnowChatOps.Bot.Connection;
using SnowChatOps.IntegrationTests.SecureScore;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>Admins by group, resolved through Microsoft Graph (the Graph emulator over real HTTP).</summary>
public sealed class AdminGroupsGraphTests(GraphEmulatorFixture fixture) : IClassFixture<GraphEmulatorFixture>
{
    [Fact]
    public async Task IsAdmin_MemberOfConfiguredGroup_True()
    {
        fixture.Graph.SetMembership("user-in-group", "group-secops", "group-other");
        var (policy, tokens) = Policy();

        var admin = await policy.IsAdminAsync("tenant-7", "user-in-group", TestContext.Current.CancellationToken);

        Assert.True(admin);
        Assert.Contains(tokens.AppRequests, r => r.Tenant == "tenant-7" && r.Scope == "https://graph.microsoft.com/.default");
    }

    [Fact]
    public async Task IsAdmin_NotInConfiguredGroup_False()
    {
        fixture.Graph.SetMembership("user-elsewhere", "group-other");
        var (policy, _) = Policy();

        Assert.False(await policy.IsAdminAsync("tenant-7", "user-elsewhere", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IsAdmin_ListedUser_TrueWithoutAskingGraph()
    {
        var (policy, tokens) = Policy();

        Assert.True(await policy.IsAdminAsync("tenant-7", "listed-user", TestContext.Current.CancellationToken));
        Assert.Empty(tokens.AppRequests);
    }

    [Fact]
    public void Groups_WithoutAppRegistration_RefusedAtStart()
    {
        var (policy, _) = Policy(withAppRegistration: false);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => policy.Value);

        Assert.Contains("Admins:GroupObjectIds needs Microsoft Graph", error.Message, StringComparison.Ordinal);
    }

    private (AdminPolicy Policy, FakeAuthorizationHeaderProvider Tokens) Policy()
    {
        var (policy, tokens) = Policy(withAppRegistration: true);
        return (policy.Value, tokens);
    }

    private (Lazy<AdminPolicy> Policy, FakeAuthorizationHeaderProvider Tokens) Policy(bool withAppRegistration)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Admins:UserObjectIds:0"] = "listed-user",
            ["Admins:GroupObjectIds:0"] = "group-secops",
            ["Admins:GraphBaseUrl"] = fixture.Graph.BaseUrl.ToString(),
        };
        if (withAppRegistration)
        {
            settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
            settings["AzureAd:TenantId"] = "organizations";
            settings["AzureAd:ClientId"] = "00000000-0000-0000-0000-0000000000aa";
            settings["AzureAd:ClientCredentials:0:SourceType"] = "ClientSecret";
            settings["AzureAd:ClientCredentials:0:ClientSecret"] = "test-only";
        }

        var tokens = new FakeAuthorizationHeaderProvider();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        builder.AddConnection(); // outside Development admin groups go to Microsoft Graph
        builder.Services.AddSingleton<IAuthorizationHeaderProvider>(tokens);
        var provider = builder.Services.BuildServiceProvider();
        return (new Lazy<AdminPolicy>(() =>
        {
            _ = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AdminOptions>>().Value;
            return provider.GetRequiredService<AdminPolicy>();
        }), tokens);
    }
}
