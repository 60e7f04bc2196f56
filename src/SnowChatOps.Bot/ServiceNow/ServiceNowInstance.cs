using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>A validated ServiceNow instance: an https (or allowed loopback) origin with a normalised base URI.</summary>
internal sealed record ServiceNowInstance
{
    private ServiceNowInstance(Uri baseUri) => BaseUri = baseUri;

    /// <summary>Scheme, host and port only, ending in "/" (e.g. https://acme.service-now.com/).</summary>
    public Uri BaseUri { get; }

    public string Host => BaseUri.Host;

    public override string ToString() => BaseUri.GetLeftPart(UriPartial.Authority);

    /// <summary>Parses "acme", "acme.service-now.com" or a full URL; never throws for bad input.</summary>
    public static bool TryParse(
        string? input, ServiceNowHostPolicy policy, [NotNullWhen(true)] out ServiceNowInstance? instance, out ServiceNowInstanceError error)
    {
        ArgumentNullException.ThrowIfNull(policy);
        instance = null;
        error = Validate(input, policy, out var uri);
        if (error != ServiceNowInstanceError.None)
        {
            return false;
        }

        instance = new ServiceNowInstance(new Uri(uri!.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "/"));
        return true;
    }

    /// <summary>Parses trusted input (configuration, stored connections); throws when it is invalid.</summary>
    public static ServiceNowInstance Parse(string input, ServiceNowHostPolicy policy) =>
        TryParse(input, policy, out var instance, out var error)
            ? instance
            : throw new FormatException($"Not an allowed ServiceNow instance address ({error}).");

    private static ServiceNowInstanceError Validate(string? input, ServiceNowHostPolicy policy, out Uri? uri)
    {
        uri = null;
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ServiceNowInstanceError.Empty;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + (text.Contains('.', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal)
                ? text
                : text + ".service-now.com");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out uri) || string.IsNullOrEmpty(uri.Host))
        {
            return ServiceNowInstanceError.Malformed;
        }

        return ValidateUri(uri, policy);
    }

    private static ServiceNowInstanceError ValidateUri(Uri uri, ServiceNowHostPolicy policy)
    {
        if (uri.UserInfo.Length > 0)
        {
            return ServiceNowInstanceError.UserInfoNotAllowed;
        }

        if (uri.IsLoopback && IsLoopbackName(uri.Host))
        {
            return !policy.AllowLoopback ? ServiceNowInstanceError.LoopbackNotAllowed
                : uri.Scheme is "http" or "https" ? ServiceNowInstanceError.None
                : ServiceNowInstanceError.SchemeNotAllowed;
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || IPAddress.TryParse(uri.Host, out _))
        {
            return ServiceNowInstanceError.IpAddressNotAllowed;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return ServiceNowInstanceError.SchemeNotAllowed;
        }

        if (!uri.IsDefaultPort)
        {
            return ServiceNowInstanceError.PortNotAllowed;
        }

        return policy.IsAllowedHost(uri.IdnHost.ToLowerInvariant()) ? ServiceNowInstanceError.None : ServiceNowInstanceError.HostNotAllowed;
    }

    private static bool IsLoopbackName(string host) => host is "127.0.0.1" or "localhost" or "[::1]";
}
