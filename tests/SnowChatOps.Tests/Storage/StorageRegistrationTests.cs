using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Tests.Storage;

/// <summary>Which credential and endpoint the app uses for Table Storage, decided offline from configuration.</summary>
public sealed class StorageRegistrationTests
{
    [Fact]
    public void Client_TableServiceUri_UsesTheEndpointWithTheAzureIdentity()
    {
        using var provider = Build(new() { ["Storage:TableServiceUri"] = "https://stsnowchatops.table.core.windows.net/" });

        var client = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal("stsnowchatops", client.AccountName);
        Assert.Equal(new Uri("https://stsnowchatops.table.core.windows.net/"), client.Uri);
        Assert.IsType<DefaultAzureCredential>(provider.GetRequiredService<TokenCredential>());
    }

    [Fact]
    public void Credential_UserAssignedClientId_IsThatManagedIdentity()
    {
        using var provider = Build(new()
        {
            ["Storage:TableServiceUri"] = "https://stsnowchatops.table.core.windows.net/",
            ["AzureIdentity:ManagedIdentityClientId"] = "11111111-2222-3333-4444-555555555555",
        });

        Assert.IsType<ManagedIdentityCredential>(provider.GetRequiredService<TokenCredential>());
    }

    [Fact]
    public void Client_ConnectionString_IsAzuriteWithoutAnyAzureIdentity()
    {
        using var provider = Build(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        var client = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("UseDevelopmentStorage=true", "https://stsnowchatops.table.core.windows.net/")]
    [InlineData(null, "http://stsnowchatops.table.core.windows.net/")]
    public void Options_NotExactlyOneHttpsWay_FailsValidation(string? connectionString, string? uri)
    {
        using var provider = Build(new() { ["Storage:ConnectionString"] = connectionString, ["Storage:TableServiceUri"] = uri });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddAzureIdentity()
            .AddStorage()
            .BuildServiceProvider();
}
