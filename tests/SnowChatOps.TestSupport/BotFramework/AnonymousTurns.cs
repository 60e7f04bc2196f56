using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>
/// For tests that post to <c>/api/messages</c> of the real composition root in Development (anonymous) and receive the
/// replies on a loopback <see cref="FakeBotConnector"/>: the Teams message body, and the trust the SDK's connector
/// client needs for the connector's TLS certificate.
/// </summary>
internal static class AnonymousTurns
{
    /// <summary>A personal-chat message from the harness's admin user in <see cref="BotApplication.Tenant"/>, answered at <paramref name="serviceUrl"/>.</summary>
    public static object PersonalMessage(string conversation, string text, Uri serviceUrl) => new
    {
        type = "message",
        id = "m-" + conversation,
        text,
        locale = "en-US",
        channelId = "msteams",
        serviceUrl = serviceUrl.ToString(),
        from = new { id = "29:user-1", aadObjectId = "aad-user-1", name = "Test User" },
        recipient = new { id = "28:bot", name = "SnowChatOps" },
        conversation = new { id = conversation, conversationType = "personal", tenantId = BotApplication.Tenant },
        channelData = new { tenant = new { id = BotApplication.Tenant } },
    };

    /// <summary>
    /// The SDK's connector factory posts through IHttpClientFactory's default client: it trusts exactly
    /// <paramref name="certificate"/> there.
    /// </summary>
    public static IServiceCollection TrustConnector(this IServiceCollection services, LoopbackCertificate certificate)
    {
        var pinned = certificate.Certificate.GetCertHashString();
        services.AddHttpClient(Options.DefaultName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == pinned },
        });
        return services;
    }
}
