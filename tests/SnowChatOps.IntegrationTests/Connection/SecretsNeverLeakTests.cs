using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Storage;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>
/// Connects, uses and removes a connection with the real Table stores on Azurite and every log line captured
/// (Trace level, HTTP client logs included), then scans storage and logs for the secrets that passed through.
/// </summary>
public sealed class SecretsNeverLeakTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ConnectUseRemove_SecretsAppearNeitherInStorageNorInLogs()
    {
        var logs = new FakeLoggerProvider();
        var prefix = "s" + Guid.NewGuid().ToString("N")[..10];
        await using var scenario = ConnectionScenario.Start(services => UseAzuriteAndCaptureLogs(services, logs, prefix));
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync());
        await scenario.CallbackAsync(callback);
        var ask = scenario.PostedCard();
        var confirmationId = ask.ArgOf(ConnectionScenario.UseThisAccount)!;
        var held = (await scenario.Bot.Get<IPendingConfirmationStore>().GetAsync(confirmationId, TestContext.Current.CancellationToken))!;
        var storedWhileHeld = await RawRows.ReadAccountAsync(new TableServiceClient(azurite.ConnectionString));
        await scenario.PressAsync(ask, ConnectionScenario.UseThisAccount);
        var connection = (await scenario.Bot.Get<IConnectionStore>().GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!;
        string[] secrets = [BrowserFlow.ClientSecret, connection.Tokens.AccessToken, connection.Tokens.RefreshToken, callback.Code!, callback.State!, confirmationId];
        var storedWhileConnected = await RawRows.ReadAccountAsync(new TableServiceClient(azurite.ConnectionString));

        await scenario.Bot.Flow()
            .Send("status").AssertReply(_ => { })
            .Send(Activities.Press(ConnectionVerbs.RemoveConfirmed)).AssertReply(_ => { })
            .StartTestAsync();

        var logged = string.Join("\n", logs.Collector.GetSnapshot().Select(r => r.Message + " " + r.Exception));
        Assert.Contains("oauth_revoke_token.do", logged, StringComparison.Ordinal);
        Assert.Contains(prefix + "Connections", storedWhileConnected, StringComparison.Ordinal);
        Assert.Contains(prefix + "PendingConfirmations", storedWhileHeld, StringComparison.Ordinal);
        Assert.Equal(connection.Tokens, held.Tokens);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, storedWhileHeld, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, storedWhileConnected, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
        }
    }

    private void UseAzuriteAndCaptureLogs(IServiceCollection services, FakeLoggerProvider logs, string prefix)
    {
        services.AddSingleton<ILoggerFactory>(LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(new TableServiceClient(azurite.ConnectionString));
        services.AddSingleton(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<IConnectionStore, TableConnectionStore>();
        services.AddSingleton<IPendingAuthorizationStore, TablePendingAuthorizationStore>();
        services.AddSingleton<IPendingConfirmationStore, TablePendingConfirmationStore>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<Microsoft.Bot.Builder.IStorage, TableBotStorage>();
    }
}
