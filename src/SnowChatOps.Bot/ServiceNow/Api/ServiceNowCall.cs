using System.Net;
using Refit;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow.Api;

/// <summary>Runs one Refit call and converts every failure into a <see cref="ServiceNowException"/>.</summary>
internal static class ServiceNowCall
{
    /// <summary>Returns the successful response (caller disposes it) or throws the mapped failure.</summary>
    public static async Task<IApiResponse<T>> SendAsync<T>(
        Func<CancellationToken, Task<IApiResponse<T>>> call, string tenantId, CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ServiceNowErrorMapper.TryFromTransport(ex, cancellationToken, out var mapped))
        {
            throw mapped;
        }

        if (response.IsSuccessStatusCode && response.Error is null)
        {
            return response;
        }

        using (response)
        {
            throw Map(response, tenantId, cancellationToken);
        }
    }

    private static Exception Map(IApiResponse response, string tenantId, CancellationToken cancellationToken)
    {
        if (response.HasRequestError(out var requestError))
        {
            return ServiceNowErrorMapper.TryFromTransport(requestError, cancellationToken, out var mapped) ? mapped : requestError;
        }

        if (response.IsSuccessStatusCode)
        {
            return new ServiceNowRequestRejectedException("ServiceNow answered with a body we could not read.", response.Error);
        }

        var content = response.HasResponseError(out var apiError) ? apiError.Content : null;
        return ServiceNowErrorMapper.FromResponse(response.StatusCode ?? HttpStatusCode.ServiceUnavailable, content, response.Headers, tenantId);
    }
}
