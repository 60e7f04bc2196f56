using System.Text.RegularExpressions;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// What a ServiceNow request is about, for logs and metrics: the table of a Table API path, or the OAuth endpoint.
/// Never the record id or the query, which can carry ticket text.
/// </summary>
internal static partial class ServiceNowCallName
{
    public static string Of(HttpRequestMessage request)
    {
        var path = request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.AbsolutePath : request.RequestUri?.OriginalString ?? string.Empty;
        var table = TablePath().Match(path);
        if (table.Success)
        {
            return table.Groups["table"].Value;
        }

        var page = ProcessorPath().Match(path);
        return page.Success ? page.Groups["page"].Value : "other";
    }

    [GeneratedRegex(@"/api/now/(?:v\d+/)?table/(?<table>[A-Za-z0-9_]{1,80})(?:/|$|\?)")]
    private static partial Regex TablePath();

    [GeneratedRegex(@"/(?<page>oauth_[a-z_]{1,40}\.do)(?:$|\?)")]
    private static partial Regex ProcessorPath();
}
