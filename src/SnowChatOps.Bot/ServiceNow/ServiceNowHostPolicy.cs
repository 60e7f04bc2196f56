namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Which hosts an instance address may name, beyond ServiceNow's own domains.</summary>
internal sealed record ServiceNowHostPolicy(IReadOnlyList<string> AdditionalAllowedHosts, bool AllowLoopback)
{
    public static ServiceNowHostPolicy Default { get; } = new([], AllowLoopback: false);

    internal static readonly string[] ServiceNowDomains = [".service-now.com", ".servicenowservices.com"];

    internal bool IsAllowedHost(string host) =>
        ServiceNowDomains.Any(d => host.EndsWith(d, StringComparison.Ordinal) && host.Length > d.Length && IsLabel(host[..^d.Length]))
        || AdditionalAllowedHosts.Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase));

    // Exactly one DNS label before the domain: "acme" yes, "a.b" (a sub-subdomain) no, "" no.
    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63 && !label.StartsWith('-') && !label.EndsWith('-')
        && label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
