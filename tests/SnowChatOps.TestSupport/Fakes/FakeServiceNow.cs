using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Api;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>
/// ServiceNow's Table API in memory, as the primary handler under the real <see cref="ServiceNowClient"/> (auth,
/// routing, resilience and mapping all run): numbers tickets like ServiceNow, remembers what was created, and throws
/// a queued exception on the next call (a ServiceNow exception passes the client unchanged). Strict: a request it
/// does not know fails the test. Integration tests use the emulator instead.
/// </summary>
internal sealed partial class FakeServiceNow : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, (string Tenant, Ticket Ticket)> tickets = new();
    private readonly ConcurrentQueue<Exception> failures = new();
    private Exception? afterCreate;
    private int sequence;

    public ConcurrentQueue<(string Tenant, NewTicket Ticket)> Sent { get; } = new();

    public int Reads { get; private set; }

    /// <summary>List (query) requests served, per table name: the delta poller's cost.</summary>
    public ConcurrentDictionary<string, int> ListRequests { get; } = new(StringComparer.Ordinal);

    public FakeServiceNow FailNextWith(Exception error)
    {
        failures.Enqueue(error);
        return this;
    }

    /// <summary>The next create lands in ServiceNow but its answer is lost (a timeout, a crash) with <paramref name="error"/>.</summary>
    public FakeServiceNow LoseNextCreateAnswer(Exception error)
    {
        afterCreate = error;
        return this;
    }

    public FakeServiceNow WithOpenTicket(string tenantId, string actionId, TicketTable table = TicketTable.ChangeRequest)
    {
        Put(tenantId, NewRecord(table, "open", actionId));
        return this;
    }

    public FakeServiceNow Put(string tenantId, Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        tickets[ticket.SysId] = (tenantId, ticket);
        return this;
    }

    public Ticket? Find(string sysId) => tickets.TryGetValue(sysId, out var found) ? found.Ticket : null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tenant = ServiceNowRequestOptions.Get<string>(request, ServiceNowRequestOptions.TenantId) ?? throw new InvalidOperationException("Request without a tenant.");
        if (failures.TryDequeue(out var error))
        {
            throw error;
        }

        var path = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        var response = (request.Method.Method, path) switch
        {
            ("GET", ["api", "now", "v2", "table", var table]) => List(tenant, Table(table), request.RequestUri),
            ("GET", ["api", "now", "table", var table, var sysId]) => Get(tenant, Table(table), sysId),
            ("POST", ["api", "now", "table", var table]) => Create(tenant, Table(table), body!),
            _ => throw new InvalidOperationException($"FakeServiceNow does not serve {request.Method} {request.RequestUri.AbsolutePath}."),
        };
        response.RequestMessage = request; // Refit reads it when it builds the error of a non-success answer
        return response;
    }

    /// <summary>The queries that reached the list endpoint, as sent (<c>sysparm_query</c>, offset, limit).</summary>
    public ConcurrentQueue<(string Query, int Offset, int Limit)> Listed { get; } = new();

    private HttpResponseMessage List(string tenant, TicketTable table, Uri uri)
    {
        ListRequests.AddOrUpdate(table.ToTableName(), 1, (_, n) => n + 1);
        var query = Parameter(uri, "sysparm_query");
        var page = Paging(uri);
        Listed.Enqueue((query, page.Offset, page.Limit));
        var matches = tickets.Values.Where(t => t.Tenant == tenant && t.Ticket.Table == table).Select(t => t.Ticket);
        IEnumerable<Ticket> filtered = matches;
        foreach (var term in query.Split('^', StringSplitOptions.RemoveEmptyEntries))
        {
            filtered = Filter(filtered, term);
        }

        return Page([.. Order(filtered, query)], uri);
    }

    // Like the Table API: sysparm_limit/sysparm_offset select the page, and a Link rel="next" header names the next one.
    private static HttpResponseMessage Page(IReadOnlyList<Ticket> all, Uri uri)
    {
        var (offset, limit) = Paging(uri);
        var response = Json(HttpStatusCode.OK, new JsonObject { ["result"] = new JsonArray([.. all.Skip(offset).Take(limit).Select(ToJson)]) });
        if (offset + limit < all.Count)
        {
            response.Headers.TryAddWithoutValidation("Link", $"<{uri.GetLeftPart(UriPartial.Path)}?sysparm_offset={offset + limit}&sysparm_limit={limit}>;rel=\"next\"");
        }

        return response;
    }

    private HttpResponseMessage Get(string tenant, TicketTable table, string sysId)
    {
        Reads++;
        return tickets.TryGetValue(sysId, out var found) && found.Tenant == tenant && found.Ticket.Table == table
            ? Json(HttpStatusCode.OK, new JsonObject { ["result"] = ToJson(found.Ticket) })
            : Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = new JsonObject { ["message"] = "No Record found" }, ["status"] = "failure" });
    }

    private HttpResponseMessage Create(string tenant, TicketTable table, JsonObject body)
    {
        var sent = ToNewTicket(table, body);
        Sent.Enqueue((tenant, sent));
        var created = NewRecord(table, sent.CorrelationId, sent.ActionId) with { Priority = sent.Priority, DueDate = sent.DueDate, ShortDescription = sent.ShortDescription };
        Put(tenant, created);
        if (Interlocked.Exchange(ref afterCreate, null) is { } lost)
        {
            throw lost;
        }

        return Json(HttpStatusCode.Created, new JsonObject { ["result"] = ToJson(created) });
    }

    private Ticket NewRecord(TicketTable table, string correlationId, string? actionId)
    {
        var n = Interlocked.Increment(ref sequence);
        return new Ticket
        {
            SysId = n.ToString("x32", CultureInfo.InvariantCulture),
            Number = (table == TicketTable.Incident ? "INC" : "CHG") + (10000 + n).ToString("D7", CultureInfo.InvariantCulture),
            Table = table,
            State = table == TicketTable.Incident ? "1" : "-5",
            CorrelationId = correlationId,
            ActionId = actionId,
        };
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };

    private static TicketTable Table(string name) =>
        TicketTableNames.TryParse(name, out var table) ? table.Value : throw new InvalidOperationException($"FakeServiceNow has no table {name}.");

    private static string Parameter(Uri uri, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).TryGetValue(name, out var q) ? q.ToString() : string.Empty;

    private static (int Offset, int Limit) Paging(Uri uri)
    {
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        var offset = values.TryGetValue("sysparm_offset", out var o) ? int.Parse(o.ToString(), CultureInfo.InvariantCulture) : 0;
        var limit = values.TryGetValue("sysparm_limit", out var l) ? int.Parse(l.ToString(), CultureInfo.InvariantCulture) : 10000;
        return (offset, limit);
    }

    private static string Json(JsonObject body, string name) => body[name]?.GetValue<string>() ?? string.Empty;
}
