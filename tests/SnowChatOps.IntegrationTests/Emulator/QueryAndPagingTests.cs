using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class QueryAndPagingTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    public static TheoryData<string, string[]> Queries => new()
    {
        { "short_description=Alpha", ["CHG0030001"] },
        { "short_description!=Alpha", ["CHG0030002", "CHG0030003", "CHG0030004"] },
        { "priority<3", ["CHG0030001", "CHG0030002"] },
        { "priority>3", ["CHG0030004"] },
        { "priority<=2", ["CHG0030001", "CHG0030002"] },
        { "priority>=3", ["CHG0030003", "CHG0030004"] },
        { "priorityIN1,4", ["CHG0030001", "CHG0030004"] },
        { "priorityNOT IN1,4", ["CHG0030002", "CHG0030003"] },
        { "short_descriptionLIKEet", ["CHG0030002", "CHG0030004"] },
        { "short_descriptionNOT LIKEet", ["CHG0030001", "CHG0030003"] },
        { "short_descriptionSTARTSWITHGa", ["CHG0030003"] },
        { "short_descriptionENDSWITHa", ["CHG0030001", "CHG0030002", "CHG0030003", "CHG0030004"] },
        { "correlation_idISEMPTY", ["CHG0030002", "CHG0030003", "CHG0030004"] },
        { "correlation_idISNOTEMPTY", ["CHG0030001"] },
        { "priority=1^ORpriority=4", ["CHG0030001", "CHG0030004"] },
        { "priority<4^short_descriptionLIKEa^priority>1", ["CHG0030002", "CHG0030003"] },
        { "priority=1^NQpriority=3", ["CHG0030001", "CHG0030003"] },
        { "bogus_field=1^priority=2", ["CHG0030002"] },
        { "priority~~2", ["CHG0030001", "CHG0030002", "CHG0030003", "CHG0030004"] },
        { "ORDERBYDESCpriority", ["CHG0030004", "CHG0030003", "CHG0030002", "CHG0030001"] },
        { "priority>1^ORDERBYDESCshort_description", ["CHG0030004", "CHG0030003", "CHG0030002"] },
        { "sys_created_by=javascript:gs.getUserName()^priority=1", ["CHG0030001"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_Operator_ReturnsMatchingRecords(string query, string[] expected)
    {
        var client = emulator.Integration();
        await client.CreateAsync("change_request", new { short_description = "Alpha", priority = "1", correlation_id = "c-1" });
        await client.CreateAsync("change_request", new { short_description = "Beta", priority = "2" });
        await client.CreateAsync("change_request", new { short_description = "Gamma", priority = "3" });
        await client.CreateAsync("change_request", new { short_description = "Zeta", priority = "4" });

        var result = await client.GetFromJsonAsync<JsonObject>(
            $"/api/now/v2/table/change_request?sysparm_fields=number&sysparm_query={Uri.EscapeDataString(query)}", TestContext.Current.CancellationToken);

        var numbers = result!["result"]!.AsArray().Select(r => r.Text("number")).ToArray();
        if (query.Contains("ORDERBY", StringComparison.Ordinal))
        {
            Assert.Equal(expected, numbers);
        }
        else
        {
            Assert.Equal(expected, numbers.Order());
        }
    }

    [Fact]
    public async Task List_2500Records_PagingHeadersAndPages()
    {
        var client = emulator.As("admin", "Admin#2026");
        for (var i = 0; i < 2500; i++)
        {
            await client.CreateAsync("change_request", new { short_description = $"bulk {i}" });
        }

        using var response = await client.GetAsync(
            "/api/now/table/change_request?sysparm_fields=number&sysparm_limit=1000&sysparm_offset=1000", TestContext.Current.CancellationToken);

        var result = (await response.JsonAsync())["result"]!.AsArray();
        Assert.Equal("2500", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.Equal(1000, result.Count);
        Assert.Equal("CHG0031001", result[0].Text("number"));
        var links = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("sysparm_limit=1000&sysparm_offset=0>;rel=\"first\"", links, StringComparison.Ordinal);
        Assert.Contains("sysparm_limit=1000&sysparm_offset=0>;rel=\"prev\"", links, StringComparison.Ordinal);
        Assert.Contains("sysparm_limit=1000&sysparm_offset=2000>;rel=\"next\"", links, StringComparison.Ordinal);
        Assert.Contains("sysparm_limit=1000&sysparm_offset=2000>;rel=\"last\"", links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_LastPage_HasNoNextLinkAndRemainingRecords()
    {
        var client = emulator.Integration();
        for (var i = 0; i < 5; i++)
        {
            await client.CreateAsync("incident", new { short_description = $"n {i}" });
        }

        using var response = await client.GetAsync("/api/now/table/incident?sysparm_limit=2&sysparm_offset=4", TestContext.Current.CancellationToken);

        Assert.Single((await response.JsonAsync())["result"]!.AsArray());
        Assert.DoesNotContain("rel=\"next\"", string.Join(",", response.Headers.GetValues("Link")), StringComparison.Ordinal);
    }
}
