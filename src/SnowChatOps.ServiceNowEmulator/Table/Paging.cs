using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary><c>sysparm_limit</c>/<c>sysparm_offset</c> and the <c>X-Total-Count</c> and <c>Link</c> headers.</summary>
internal sealed record Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 10000;

    public static Paging From(IQueryCollection query)
    {
        var limit = int.TryParse(query["sysparm_limit"], CultureInfo.InvariantCulture, out var l) && l > 0 ? l : DefaultLimit;
        var offset = int.TryParse(query["sysparm_offset"], CultureInfo.InvariantCulture, out var o) && o > 0 ? o : 0;
        return new Paging(offset, limit);
    }

    public void WriteHeaders(HttpContext context, int total)
    {
        var query = context.Request.Query;
        if (!query["sysparm_no_count"].ToString().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        }

        if (query["sysparm_suppress_pagination_header"].ToString().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var links = new List<string> { Link(context.Request, 0, "first") };
        if (Offset > 0)
        {
            links.Add(Link(context.Request, Math.Max(0, Offset - Limit), "prev"));
        }

        if (Offset + Limit < total)
        {
            links.Add(Link(context.Request, Offset + Limit, "next"));
        }

        links.Add(Link(context.Request, total == 0 ? 0 : (total - 1) / Limit * Limit, "last"));
        context.Response.Headers.Link = string.Join(',', links);
    }

    private string Link(HttpRequest request, int offset, string rel)
    {
        var parameters = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key is not ("sysparm_offset" or "sysparm_limit"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("sysparm_limit", Limit.ToString(CultureInfo.InvariantCulture)))
            .Append(new("sysparm_offset", offset.ToString(CultureInfo.InvariantCulture)));
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(parameters));
        return $"<{url}>;rel=\"{rel}\"";
    }
}
