using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator.Conformance;

/// <summary>
/// Table API behaviours of a real instance that the emulator once got wrong (ServiceNow docs, captured payloads;
/// see README.md): display-value shapes, journal display, no-op writes, name-value filters, input display values, 405.
/// </summary>
public sealed class DocumentedBehaviourTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task Read_DisplayValueAll_EveryFieldIsADisplayValuePairAndReferencesCarryLinks()
    {
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync("incident", new { short_description = "pairs", impact = "1" })).Text("sys_id");

        var read = await ReadAsync(client, $"/api/now/table/incident/{sysId}?sysparm_display_value=all");

        Assert.All(read, p => Assert.Contains("display_value", p.Value!.AsObject().Select(k => k.Key)));
        Assert.Equal(["display_value", "link", "value"], read["opened_by"]!.AsObject().Select(k => k.Key).Order());
        Assert.Equal(["1 - High", "1"], [read["impact"].Text("display_value"), read["impact"].Text("value")]);
        Assert.Equal(["global", "global"], [read["sys_domain"].Text("display_value"), read["sys_domain"].Text("value")]);
    }

    [Fact]
    public async Task Read_DisplayValueTrue_ReferenceIsDisplayAndLink()
    {
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync("incident", new { short_description = "display" })).Text("sys_id");

        var read = await ReadAsync(client, $"/api/now/table/incident/{sysId}?sysparm_display_value=true");

        Assert.Equal(["display_value", "link"], read["opened_by"]!.AsObject().Select(k => k.Key).Order());
        Assert.Equal("M365 Integration", read["opened_by"].Text("display_value"));
        Assert.Equal("New", read.Text("state"));
    }

    [Fact]
    public async Task Read_WorkNotesDisplay_NamesTheAuthorByDisplayName()
    {
        var client = emulator.Integration();
        var sysId = (await client.CreateAsync("incident", new { short_description = "journal", work_notes = "Shared from Teams" })).Text("sys_id");

        var read = await ReadAsync(client, $"/api/now/table/incident/{sysId}?sysparm_display_value=true&sysparm_fields=work_notes");

        Assert.Equal("2026-03-03 08:00:00 - M365 Integration (Work notes)\nShared from Teams\n\n", read.Text("work_notes"));
    }

    [Fact]
    public async Task Patch_NothingChanges_ModCountAndUpdatedOnStay()
    {
        var client = emulator.Integration();
        var created = await client.CreateAsync("incident", new { short_description = "same", impact = "2" });
        emulator.Time.Advance(TimeSpan.FromMinutes(10));

        using var patch = await client.PatchAsJsonAsync($"/api/now/table/incident/{created.Text("sys_id")}",
            new { short_description = "same", impact = "2" }, TestContext.Current.CancellationToken);
        var after = (await patch.JsonAsync())["result"]!;

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(["0", created.Text("sys_updated_on")], [after.Text("sys_mod_count"), after.Text("sys_updated_on")]);
    }

    [Fact]
    public async Task Patch_RealChange_BumpsModCountAndUpdatedOn()
    {
        var client = emulator.Integration();
        var created = await client.CreateAsync("incident", new { short_description = "before" });
        emulator.Time.Advance(TimeSpan.FromMinutes(10));

        using var patch = await client.PatchAsJsonAsync($"/api/now/table/incident/{created.Text("sys_id")}",
            new { short_description = "after" }, TestContext.Current.CancellationToken);
        var after = (await patch.JsonAsync())["result"]!;

        Assert.Equal(["1", "2026-03-03 08:10:00"], [after.Text("sys_mod_count"), after.Text("sys_updated_on")]);
    }

    [Fact]
    public async Task List_NameValueFilter_AndsTheFieldIn()
    {
        var client = emulator.Integration();
        await client.CreateAsync("incident", new { short_description = "a" });
        await client.CreateAsync("incident", new { short_description = "b" });

        var result = await client.GetFromJsonAsync<JsonObject>("/api/now/table/incident?number=INC0010002&bogus=1", TestContext.Current.CancellationToken);

        Assert.Equal("b", Assert.Single(result!["result"]!.AsArray()).Text("short_description"));
    }

    [Fact]
    public async Task Create_InputDisplayValueTrue_DisplayValuesAreStoredAsValues()
    {
        var client = emulator.Integration();

        using var response = await client.PostJsonAsync("/api/now/table/incident?sysparm_input_display_value=true",
            new { short_description = "labels", impact = "1 - High", urgency = "2 - Medium", caller_id = "Abel Tuter" });
        var created = (await response.JsonAsync())["result"]!;

        Assert.Equal(["1", "2", "2"], [created.Text("impact"), created.Text("urgency"), created.Text("priority")]);
        Assert.Equal("62826bf03710200044e0bfc8bcbe5df1", created["caller_id"].Text("value"));
    }

    [Fact]
    public async Task Create_WithoutInputDisplayValue_ChoiceLabelIsDropped()
    {
        var created = await emulator.Integration().CreateAsync("incident", new { short_description = "labels", impact = "1 - High" });

        Assert.Equal("3", created.Text("impact"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Collection_UnsafeMethodOtherThanPost_Answers405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/now/table/incident") { Content = JsonContent.Create(new { short_description = "x" }) };

        using var response = await emulator.Integration().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("failure", (await response.JsonAsync()).Text("status"));
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url, TestContext.Current.CancellationToken))!["result"]!.AsObject();
}
