namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// How to render rows: base URL and API path for reference links (a v2 read links to <c>/api/now/v2/table/...</c>),
/// display mode, link suppression, selected fields.
/// </summary>
internal sealed record PresentOptions(string BaseUrl, DisplayMode Mode, bool ExcludeReferenceLink, IReadOnlyList<string>? Fields, string TablePath = TableEndpoints.LatestPath)
{
    public static PresentOptions From(HttpRequest request)
    {
        var q = request.Query;
        var mode = q["sysparm_display_value"].ToString().ToLowerInvariant() switch
        {
            "true" => DisplayMode.Display,
            "all" => DisplayMode.All,
            _ => DisplayMode.Value,
        };
        var fields = q["sysparm_fields"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PresentOptions(
            $"{request.Scheme}://{request.Host}", mode,
            q["sysparm_exclude_reference_link"].ToString().Equals("true", StringComparison.OrdinalIgnoreCase),
            fields.Length == 0 ? null : fields,
            TableEndpoints.PathOf(request.Path));
    }

    public string RecordUrl(string table, string sysId) => $"{BaseUrl}{TablePath}/{table}/{sysId}";
}
