using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.TestSupport.Hosting;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Tracking.MultiInstance;

/// <summary>
/// A tenant connected to the emulator process with the client-credentials grant and <c>count</c> change requests shared
/// into its personal chats, written the way the bot writes them: the emulator creates the tickets through its Table API
/// (with Sharing's <c>snowchatops-</c> correlation id), and the bot's own Table stores save the connection (encrypted
/// with the shared Data Protection key ring in the same tables), the conversations (their service URL is the recording
/// connector) and the tracked tickets, so every bot process started on <paramref name="tablePrefix"/> tracks them.
/// </summary>
internal static class SeededTenant
{
    public const string Tenant = "tenant-kill";

    public static async Task<IReadOnlyList<TrackedTicket>> SeedAsync(
        string storageConnectionString, string tablePrefix, Uri emulator, Uri serviceUrl, int tickets, int conversations, CancellationToken cancellationToken)
    {
        var storage = new StorageOptions { ConnectionString = storageConnectionString, TablePrefix = tablePrefix };
        var service = new TableServiceClient(storageConnectionString);
        var tables = new StorageTables(service, Options.Create(storage));
        var now = TimeProvider.System.GetUtcNow();
        using var http = new HttpClient { BaseAddress = emulator };
        var token = await ClientCredentialsTokenAsync(http, cancellationToken);
        var instance = ServiceNowInstance.Parse(emulator.ToString(), new ServiceNowHostPolicy([], AllowLoopback: true)).ToString();
        await new TableConnectionStore(tables, Protector(service.GetTableClient(tablePrefix + TableXmlRepository.TableName))).TryAddAsync(new ServiceNowConnection
        {
            TenantId = Tenant, InstanceUrl = instance, ClientId = BotApplicationConnections.ClientId, ClientSecret = BotProcess.EmulatorClientSecret,
            Tokens = token, Grant = ServiceNowGrant.ClientCredentials, ConnectedByName = "Megan Bowen", ConnectedByAadObjectId = "aad-user-1",
            ConnectedAt = now, LastSuccessAt = now, ConnectedAsUserName = "m365.api", ConnectedAsIntegrationUser = true,
        }, cancellationToken);

        var conversationStore = new TableConversationStore(tables);
        for (var c = 0; c < conversations; c++)
        {
            await conversationStore.SaveAsync(new ConversationRecord(Tenant, Conversation(c), "personal", "aad-user-1", Reference(Conversation(c), serviceUrl), true, now), cancellationToken);
        }

        var index = new TrackedTicketTenantIndex(tables);
        var store = new TableTrackedTicketStore(tables, index, new TrackedTicketHotSetUpgrade(tables, index, NullLogger<TrackedTicketHotSetUpgrade>.Instance), new TrackedTicketDueIndex(tables));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var seeded = new List<TrackedTicket>();
        for (var i = 0; i < tickets; i++)
        {
            var row = await CreateChangeAsync(http, i, cancellationToken);
            var ticket = new TrackedTicket(Tenant, TicketTable.ChangeRequest, row["sys_id"]!.GetValue<string>(), row["number"]!.GetValue<string>(),
                "AdminMFAV2", Conversation(i % conversations), $"card-{i}", row["state"]!.GetValue<string>(), now)
            { SharedBy = "Megan Bowen", Title = "Require MFA for administrative roles" };
            await store.SaveAsync(ticket, cancellationToken);
            seeded.Add(ticket);
        }

        return seeded;
    }

    private static string Conversation(int index) => $"a:kill-chat-{index}";

    private static ConversationReference Reference(string conversationId, Uri serviceUrl) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount { Id = conversationId, TenantId = Tenant, ConversationType = "personal" },
        Bot = new ChannelAccount("28:snowchatops", "SnowChatOps"),
        User = new ChannelAccount("29:megan", "Megan Bowen") { AadObjectId = "aad-user-1" },
    };

    /// <summary>The Data Protection setup of <c>SecretsRegistration</c> (same application name, same key table), so the bots read what this writes.</summary>
    private static SecretProtector Protector(TableClient keys)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("SnowChatOps");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new TableXmlRepository(keys));
        return new SecretProtector(services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>());
    }

    private static async Task<ServiceNowTokens> ClientCredentialsTokenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("oauth_token.do", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = BotApplicationConnections.ClientId, ["client_secret"] = BotProcess.EmulatorClientSecret,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        var expiresIn = body["expires_in"]!.GetValue<int>();
        return new ServiceNowTokens(body["access_token"]!.GetValue<string>(), string.Empty, TimeProvider.System.GetUtcNow().AddSeconds(expiresIn));
    }

    private static async Task<JsonObject> CreateChangeAsync(HttpClient http, int index, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/now/table/change_request", new Dictionary<string, string>
        {
            ["short_description"] = $"Require MFA for administrative roles ({index})", ["priority"] = "3",
            ["correlation_id"] = CorrelationIds.Prefix + Guid.NewGuid().ToString("N"),
        }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["result"]!.AsObject();
    }
}
