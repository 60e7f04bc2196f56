using System.Net;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>
/// Asks an instance an unauthenticated question it must refuse politely (401): any such answer proves the bot can
/// reach it; ServiceNow's "Access restricted" answer means IP filtering blocks the bot.
/// </summary>
internal sealed class InstanceProbe(IHttpClientFactory clients)
{
    public const string ClientName = "ServiceNow.Probe";

    public async Task<Reachability> CheckAsync(ServiceNowInstance instance, CancellationToken cancellationToken)
    {
        using var http = clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance.BaseUri, "api/now/table/sys_properties?sysparm_limit=1"));
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                return Reachability.Reachable;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return ServiceNowErrorMapper.FromResponse(response.StatusCode, body, response.Headers, string.Empty) is ServiceNowIpBlockedException
                ? Reachability.IpBlocked
                : Reachability.Reachable;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Reachability.Unreachable;
        }
    }
}
