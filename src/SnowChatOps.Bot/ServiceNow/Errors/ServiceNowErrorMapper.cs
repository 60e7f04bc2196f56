using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SnowChatOps.Bot.ServiceNow.Dtos;

namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>Turns ServiceNow's status + error envelope, or a transport failure, into our exception types.</summary>
internal static partial class ServiceNowErrorMapper
{
    public static ServiceNowException FromResponse(HttpStatusCode status, string? content, HttpResponseHeaders? headers, string tenantId)
    {
        var envelope = TryParse<ErrorEnvelopeDto>(content)?.Error;
        var (message, detail) = (envelope?.Message, envelope?.Detail);
        var text = $"ServiceNow answered {(int)status}: {message ?? status.ToString()}";
        return status switch
        {
            HttpStatusCode.Unauthorized => new ServiceNowReauthorizationRequiredException(tenantId, "ServiceNow answered 401 with a fresh token")
            { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
            HttpStatusCode.Forbidden when IsIpBlock(message, detail, content) => new ServiceNowIpBlockedException(text)
            { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
            HttpStatusCode.Forbidden => new ServiceNowForbiddenException(text)
            { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
            HttpStatusCode.NotFound => new ServiceNowNotFoundException(text)
            { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
            HttpStatusCode.TooManyRequests => new ServiceNowRateLimitedException(text, RetryAfter(headers))
            { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
            HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => new ServiceNowUnavailableException(text)
            { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
            _ => new ServiceNowRequestRejectedException(text) { StatusCode = status, ServiceNowMessage = message, ServiceNowDetail = detail },
        };
    }

    /// <summary>Maps failures that happened before a response arrived; false for anything we do not translate.</summary>
    public static bool TryFromTransport(Exception exception, CancellationToken cancellationToken, out ServiceNowException mapped)
    {
        var inner = exception is Refit.ApiRequestException { InnerException: { } cause } ? cause : exception;
        ServiceNowException? result = inner switch
        {
            ServiceNowException ours => ours,
            BrokenCircuitException open => new ServiceNowUnavailableException("ServiceNow calls are paused after repeated failures.", open) { IsCircuitOpen = true },
            TimeoutRejectedException timeout => new ServiceNowUnavailableException("ServiceNow did not answer in time.", timeout),
            HttpRequestException http => new ServiceNowUnavailableException("ServiceNow could not be reached.", http),
            OperationCanceledException canceled when !cancellationToken.IsCancellationRequested =>
                new ServiceNowUnavailableException("ServiceNow did not answer in time.", canceled),
            _ => null,
        };
        mapped = result!;
        return result is not null;
    }

    internal static TimeSpan? RetryAfter(HttpResponseHeaders? headers) => headers?.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - (headers.Date ?? date),
        _ => null,
    };

    internal static T? TryParse<T>(string? content)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, typeof(T), ServiceNowJsonContext.Default) as T;
        }
        catch (JsonException)
        {
            return null; // not JSON (an HTML error page from a proxy, for example): the status alone decides
        }
    }

    // IP Address Access Control answers with a bare HTML "Security restricted: Access restricted" page, not the JSON envelope.
    internal static bool IsIpBlock(string? message, string? detail, string? content) =>
        IpBlockPattern().IsMatch(message ?? string.Empty) || IpBlockPattern().IsMatch(detail ?? string.Empty)
        || (message is null && content?.Contains("Access restricted", StringComparison.OrdinalIgnoreCase) == true);

    [GeneratedRegex(@"\bIP\b.*\b(address|access control|not allowed|blocked|denied|restricted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex IpBlockPattern();
}
