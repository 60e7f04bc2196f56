using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.MessageExtension.Search;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing;

namespace SnowChatOps.Bot.MessageExtension.Links;

/// <summary>
/// <c>composeExtension/queryLink</c>: a pasted ServiceNow record link becomes the live ticket card, only when it
/// names the tenant's own connected instance. Another instance's link, an unknown record, a record the
/// integration user may not read, or ServiceNow being unavailable all answer an empty result: Teams then keeps the
/// plain link, and nothing about another instance is ever fetched with this tenant's credentials.
/// </summary>
internal sealed class TicketLinkUnfurler(ServiceNowClient snow, TicketPreviews previews, ILogger<TicketLinkUnfurler> logger)
{
    public async Task<MessagingExtensionResponse> UnfurlAsync(ITurnContext turn, AppBasedLinkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var tenantId = SharingTurn.TenantId(turn);
        if (query?.Url is not { Length: > 0 and <= ServiceNowRecordLink.MaxLength } text || !Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            logger.UnfurlSkipped("malformed");
            return ExtensionResults.None();
        }

        if (await snow.GetInstanceAsync(tenantId, cancellationToken) is not { } instance || !SameOrigin(url, instance))
        {
            logger.UnfurlSkipped("other-instance");
            return ExtensionResults.None();
        }

        if (!ServiceNowRecordLink.TryParse(url, out var table, out var sysId))
        {
            logger.UnfurlSkipped("not-a-ticket");
            return ExtensionResults.None();
        }

        try
        {
            if (await snow.GetTicketAsync(tenantId, table, sysId, cancellationToken) is not { } live)
            {
                logger.UnfurlSkipped("unknown-record");
                return ExtensionResults.None();
            }

            logger.Unfurled(live.Number);
            return ExtensionResults.List([await previews.ForAsync(tenantId, live, cancellationToken)]);
        }
        catch (ServiceNowException ex)
        {
            logger.UnfurlSkipped(ex.GetType().Name);
            return ExtensionResults.None();
        }
    }

    private static bool SameOrigin(Uri url, ServiceNowInstance instance) =>
        string.Equals(url.GetLeftPart(UriPartial.Authority), instance.BaseUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
