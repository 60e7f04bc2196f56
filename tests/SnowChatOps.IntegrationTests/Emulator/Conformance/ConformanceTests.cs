using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SnowChatOps.IntegrationTests.Emulator.Conformance;

/// <summary>
/// The emulator's records held to real captured ones (Captured/, sources in README.md): the same kinds of records are
/// created in the emulator and compared on field sets, JSON kinds, reference shapes, date formats and defaults.
/// </summary>
public sealed partial class ConformanceTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Theory]
    [InlineData("incident")]
    [InlineData("change_request")]
    public async Task Create_AnyTicket_EveryFieldExistsInTheCapturedRecord(string table)
    {
        var captured = CapturedRecords.Load(table);

        var created = await emulator.Integration().CreateAsync(table, new { short_description = "conformance" });

        var invented = created.Select(p => p.Key).Where(f => !CapturedRecords.IsCustom(f) && !captured.ContainsKey(f));
        Assert.Empty(invented);
    }

    [Theory]
    [InlineData("incident", "sys_class_name,sys_domain,incident_state,subcategory,assignment_group,resolved_at,closed_at,category,approval,caller_id")]
    [InlineData("change_request", "sys_class_name,sys_domain,risk,phase,approval,start_date,end_date,requested_by,assignment_group,closed_at,type,category")]
    public async Task Create_AnyTicket_HasTheRealFieldsTheIssueListed(string table, string fields)
    {
        var captured = CapturedRecords.Load(table);

        var created = await emulator.Integration().CreateAsync(table, new { short_description = "conformance" });

        Assert.All(fields.Split(','), f => Assert.True(created.ContainsKey(f) && captured.ContainsKey(f), f));
    }

    [Fact]
    public async Task Incident_WithReferenceLinks_JsonKindsAndReferenceShapesMatchCapture()
    {
        var captured = CapturedRecords.Load("incident");
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync("incident", new { short_description = "conformance", caller_id = "62826bf03710200044e0bfc8bcbe5df1" })).Text("sys_id");

        var read = (await client.GetFromJsonAsync<JsonObject>($"/api/now/table/incident/{sysId}", TestContext.Current.CancellationToken))!["result"]!.AsObject();

        foreach (var (field, value) in read.Where(p => captured.ContainsKey(p.Key) && !CapturedRecords.IsEmpty(p.Value) && !CapturedRecords.IsEmpty(captured[p.Key])))
        {
            Assert.True(captured[field]!.GetValueKind() == value!.GetValueKind(), $"{field}: captured {captured[field]!.GetValueKind()}, emulator {value.GetValueKind()}");
        }

        Assert.All(captured.Concat(read).Where(p => p.Value is JsonObject), p => AssertReference(p.Value!.AsObject(), "/api/now/table/"));
    }

    [Fact]
    public async Task Incident_ReadOnV2_ReferenceLinksIncludeV2()
    {
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync("incident", new { short_description = "v2" })).Text("sys_id");

        var read = (await client.GetFromJsonAsync<JsonObject>($"/api/now/v2/table/incident/{sysId}", TestContext.Current.CancellationToken))!["result"]!.AsObject();

        Assert.All(read.Where(p => p.Value is JsonObject), p => AssertReference(p.Value!.AsObject(), "/api/now/v2/table/"));
        Assert.Contains("/api/now/v2/table/sys_user_group/global", read["sys_domain"]!["link"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRequest_WithoutReferenceLinks_EveryValueIsAStringAsInTheCapture()
    {
        var captured = CapturedRecords.Load("change_request");
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync("change_request", new { short_description = "conformance" })).Text("sys_id");

        var read = (await client.GetFromJsonAsync<JsonObject>(
            $"/api/now/table/change_request/{sysId}?sysparm_exclude_reference_link=true", TestContext.Current.CancellationToken))!["result"]!.AsObject();

        Assert.All(captured, p => Assert.Equal(JsonValueKind.String, p.Value!.GetValueKind()));
        Assert.All(read, p => Assert.Equal(JsonValueKind.String, p.Value!.GetValueKind()));
        Assert.Equal(captured.Text("sys_domain"), read.Text("sys_domain"));
        Assert.Equal(read.Text("opened_by"), read.Text("requested_by"));
    }

    [Theory]
    [InlineData("incident", "6", "resolved_at")]
    [InlineData("incident", "7", "closed_at")]
    [InlineData("change_request", "4", "closed_at")] // Canceled: a new change cannot jump to Closed (the change model)
    public async Task Resolve_AnyTicket_DatesUseTheCapturedFormat(string table, string state, string stamped)
    {
        var captured = CapturedRecords.Load(table);
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync(table, new { short_description = "dates" })).Text("sys_id");
        emulator.Time.Advance(TimeSpan.FromMinutes(5));

        using var patch = await client.PatchAsJsonAsync($"/api/now/table/{table}/{sysId}",
            new { state, close_code = "Solution provided", close_notes = "done" }, TestContext.Current.CancellationToken);
        var read = (await patch.JsonAsync())["result"]!.AsObject();

        Assert.Matches(StoredDate(), captured.Text(stamped).Length > 0 ? captured.Text(stamped) : captured.Text("sys_created_on"));
        Assert.All(["sys_created_on", "sys_updated_on", "opened_at", stamped], f => Assert.Matches(StoredDate(), read.Text(f)));
        Assert.Equal("2026-03-03 08:05:00", read.Text(stamped));
    }

    [Fact]
    public async Task Create_Incident_DefaultsMatchAStockInstance()
    {
        var captured = CapturedRecords.Load("incident");

        var created = await emulator.Integration().CreateAsync("incident", new { short_description = "defaults" });

        Assert.Equal(["inquiry", "incident", "global", "not requested", "1"],
            [created.Text("category"), created.Text("sys_class_name"), created["sys_domain"]!.Text("value"), created.Text("approval"), created.Text("incident_state")]);
        Assert.Equal(captured.Text("category"), created.Text("category"));
        Assert.Equal(captured.Text("incident_state"), captured.Text("state"));
    }

    [Fact]
    public async Task Create_ChangeRequest_DefaultsMatchAStockInstance()
    {
        var created = await emulator.Integration().CreateAsync("change_request", new { short_description = "defaults" });

        Assert.Equal(["change_request", "requested", "not requested", "3", "normal"],
            [created.Text("sys_class_name"), created.Text("phase"), created.Text("approval"), created.Text("risk"), created.Text("type")]);
    }

    private static void AssertReference(JsonObject reference, string apiPath)
    {
        Assert.Equal(["link", "value"], reference.Select(p => p.Key).Order());
        var link = reference["link"]!.GetValue<string>();
        Assert.Contains(apiPath, link, StringComparison.Ordinal);
        Assert.EndsWith("/" + reference["value"]!.GetValue<string>(), link, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")]
    private static partial Regex StoredDate();
}
