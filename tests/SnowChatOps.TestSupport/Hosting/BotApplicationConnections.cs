using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;

namespace SnowChatOps.TestSupport.Hosting;

/// <summary>Connecting a harnessed bot's tenant to the emulator as a user, through a real code + PKCE exchange.</summary>
internal static class BotApplicationConnections
{
    public const string ClientId = "snowchatops-dev-client";
    public const string ClientSecret = "snowchatops-dev-secret";
    public static readonly Uri Callback = new("http://127.0.0.1:3978/oauth/servicenow/callback");

    /// <summary>The browser step is replaced by issuing the code in the emulator; the exchange and storage are the bot's own.</summary>
    public static async Task<ServiceNowTokens> ConnectAsync(
        this BotApplication app, CancellationToken cancellationToken, string tenantId = BotApplication.Tenant, string user = "m365.integration",
        string instanceUrl = BotApplication.InstanceUrl, IConnectionStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var instance = ServiceNowInstance.Parse(instanceUrl, new ServiceNowHostPolicy([], AllowLoopback: true));
        var pkce = Pkce.Create();
        var account = app.Emulator.Services.GetRequiredService<UserDirectory>().FindByName(user)!;
        var code = app.Emulator.Services.GetRequiredService<AuthCodeStore>().Issue(ClientId, Callback.AbsoluteUri, account.SysId, pkce.Challenge, Pkce.Method);
        var tokens = await app.Get<ServiceNowOAuthClient>().ExchangeCodeAsync(instance, ClientId, ClientSecret, code.Value, Callback, pkce.Verifier, cancellationToken);
        await (store ?? app.Connections).TryAddAsync(new ServiceNowConnection
        {
            TenantId = tenantId, InstanceUrl = instanceUrl, ClientId = ClientId, ClientSecret = ClientSecret, Tokens = tokens,
            ConnectedByName = "Megan Bowen", ConnectedByAadObjectId = "aad-user-1", ConnectedAt = app.Time.GetUtcNow(),
            ConnectedAsUserName = user, ConnectedAsIntegrationUser = true,
        }, cancellationToken);
        return tokens;
    }
}
