namespace SnowChatOps.Bot.Tracking;

/// <summary>
/// The comparable form of an instance address ("https://acme.service-now.com"): scheme, host and port, lower case,
/// no path or trailing slash. The webhook's <c>instance</c> and a stored connection's URL meet here.
/// </summary>
internal static class InstanceKey
{
    public static string? Normalize(string? url)
        => Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;
}
