using System.Text.RegularExpressions;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.BotFramework;
using SnowChatOps.TestSupport.Certificates;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>
/// The production auth path, offline: the built bot as a process in Production, its Bot Framework endpoints pointed at a
/// loopback token service (OpenID configuration, JWKS, client-credentials tokens) and a loopback Bot Connector that
/// requires a valid bearer token. The process trusts the stand-ins' TLS certificate through <c>SSL_CERT_FILE</c> only.
/// </summary>
public sealed class ProductionAuthFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string AppId = "8f0d2a7e-5b1c-4c55-9a61-2f1b9e7c0a11";
    public const string AppPassword = "test-bot-app-password-5ef1";

    private LoopbackCertificate? certificate;

    private KeyRingCertificate? keyRing;

    public FakeBotFrameworkTokenService Tokens { get; private set; } = null!;

    public FakeBotConnector Connector { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        certificate = LoopbackCertificate.Create(TimeProvider.System.GetUtcNow());
        keyRing = KeyRingCertificate.Create();
        Tokens = await FakeBotFrameworkTokenService.StartAsync(certificate, TimeProvider.System, AppId, AppPassword, ct);
        Connector = await FakeBotConnector.StartAsync(certificate, Tokens, TimeProvider.System, ct);
        Bot = await BotProcess.StartAsync(azurite.ConnectionString, ct, extraEnvironment: new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["SSL_CERT_FILE"] = certificate.PemPath,
            ["Bot__MicrosoftAppId"] = AppId,
            ["Bot__MicrosoftAppPassword"] = AppPassword,
            ["Bot__MicrosoftAppType"] = "MultiTenant",
            ["Bot__ToBotFromChannelOpenIdMetadataUrl"] = Tokens.OpenIdMetadataUrl.ToString(),
            ["Bot__ToBotFromChannelTokenIssuer"] = Tokens.Issuer,
            ["Bot__ToChannelFromBotLoginUrl"] = Tokens.LoginUrl.ToString(),
            ["Bot__ToChannelFromBotOAuthScope"] = FakeBotFrameworkTokenService.ConnectorAudience,
            ["Bot__ValidateAuthority"] = "false",
            ["Bot__OAuthUrl"] = Tokens.BaseUri.ToString(),
            ["Storage__TablePrefix"] = "p" + Guid.NewGuid().ToString("N")[..12],
            ["SecureScore__Source"] = "OfflineCatalog",
            ["Connection__PublicBaseUrl"] = "https://bot.example",
            ["ServiceNow__AllowLoopback"] = null,
            ["Tracking__Enabled"] = "false",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Secrets__KeyRingCertificatePath"] = keyRing.Path,
        });
    }

    /// <summary>Collects the bot's log lines matching <paramref name="pattern"/> from now on.</summary>
    public BotLogWatch Watch(Regex pattern) => new(Bot.Process.Output, pattern);

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
        certificate?.Dispose();
        keyRing?.Dispose();
    }
}
