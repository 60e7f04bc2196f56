using Refit;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Table API query parameters; Refit renders these, null members are omitted.</summary>
internal sealed record TableQueryParameters
{
    [AliasAs("sysparm_query")] public string? Query { get; init; }
    [AliasAs("sysparm_fields")] public string? Fields { get; init; }
    [AliasAs("sysparm_limit")] public int? Limit { get; init; }
    [AliasAs("sysparm_offset")] public int? Offset { get; init; }
    [AliasAs("sysparm_display_value")] public string? DisplayValue { get; init; } = "false";
    [AliasAs("sysparm_exclude_reference_link")] public string? ExcludeReferenceLink { get; init; } = "true";
    [AliasAs("sysparm_no_count")] public string? NoCount { get; init; }
}
