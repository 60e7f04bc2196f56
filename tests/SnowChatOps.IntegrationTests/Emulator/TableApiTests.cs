using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class TableApiTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task Create_Incident_Returns201WithLocationNumberAndStringValues()
    {
        var client = emulator.Integration();

        using var response = await client.PostJsonAsync("/api/now/table/incident", new { short_description = "MFA", impact = 2, urgency = "3" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = (await response.JsonAsync())["result"]!.AsObject();
        Assert.Equal($"http://localhost/api/now/table/incident/{result.Text("sys_id")}", response.Headers.Location!.ToString());
        Assert.Equal("INC0010001", result.Text("number"));
        Assert.Equal("1", result.Text("state"));
        Assert.Equal("2", result.Text("impact"));
        Assert.All(result.Where(p => p.Key is not ("opened_by" or "sys_domain")), p => Assert.Equal(JsonValueKind.String, p.Value!.GetValueKind()));
    }

    [Fact]
    public async Task Create_TwoChanges_NumbersFollowEachOtherWithDefaultStateNew()
    {
        var client = emulator.Integration();

        var first = await client.CreateAsync("change_request", new { short_description = "a" });
        var second = await client.CreateAsync("change_request", new { short_description = "b" });

        Assert.Equal(["CHG0030001", "-5"], [first.Text("number"), first.Text("state")]);
        Assert.Equal("CHG0030002", second.Text("number"));
    }

    [Theory]
    [InlineData("1", "1", "1")]
    [InlineData("1", "2", "2")]
    [InlineData("2", "2", "3")]
    [InlineData("2", "3", "4")]
    [InlineData("3", "3", "5")]
    public async Task Create_IncidentWithDirectPriority_PriorityDerivedFromImpactAndUrgency(string impact, string urgency, string expected)
    {
        var client = emulator.Integration();

        var incident = await client.CreateAsync("incident", new { impact, urgency, priority = "1" });

        Assert.Equal(expected, incident.Text("priority"));
    }

    [Fact]
    public async Task Create_ChangeWithDirectPriority_PriorityKept()
    {
        var change = await emulator.Integration().CreateAsync("change_request", new { priority = "2" });

        Assert.Equal("2", change.Text("priority"));
    }

    [Fact]
    public async Task Create_OverlongFields_SilentlyTruncatedToMaxLength()
    {
        var change = await emulator.Integration().CreateAsync("change_request",
            new { short_description = new string('s', 200), correlation_id = new string('c', 150), unknown_field = "x" });

        Assert.Equal(160, change.Text("short_description").Length);
        Assert.Equal(100, change.Text("correlation_id").Length);
        Assert.False(change.ContainsKey("unknown_field"));
    }

    [Fact]
    public async Task Update_Patch_BumpsModCountAndKeepsOpenedByAsTokenUser()
    {
        var client = emulator.Integration();
        var incident = await client.CreateAsync("incident", new { short_description = "x" });
        emulator.Time.Advance(TimeSpan.FromMinutes(5));

        using var response = await client.PatchAsJsonAsync($"/api/now/table/incident/{incident.Text("sys_id")}?sysparm_exclude_reference_link=true",
            new { state = "2" }, TestContext.Current.CancellationToken);

        var updated = (await response.JsonAsync())["result"]!;
        Assert.Equal(["2", "1", "2026-03-03 08:05:00", "a8f98bb0eb32010045e1a5115206fe3a"],
            [updated.Text("state"), updated.Text("sys_mod_count"), updated.Text("sys_updated_on"), updated.Text("opened_by")]);
    }

    [Fact]
    public async Task Get_DisplayValueAll_ReturnsDisplayAndValuePairsWithLinks()
    {
        var client = emulator.Integration();
        var incident = await client.CreateAsync("incident", new { impact = "1", urgency = "1" });

        var result = (await client.GetFromJsonAsync<JsonObject>(
            $"/api/now/table/incident/{incident.Text("sys_id")}?sysparm_display_value=all&sysparm_fields=priority,opened_by,nonexistent",
            TestContext.Current.CancellationToken))!["result"]!;

        Assert.Equal("1 - Critical", result["priority"].Text("display_value"));
        Assert.Equal("1", result["priority"].Text("value"));
        Assert.Equal("M365 Integration", result["opened_by"].Text("display_value"));
        Assert.EndsWith("/api/now/table/sys_user/a8f98bb0eb32010045e1a5115206fe3a", result["opened_by"].Text("link"));
        Assert.Equal(2, result.AsObject().Count);
    }

    [Fact]
    public async Task Get_DisplayValueTrue_ReferenceHasDisplayValueAndLink()
    {
        var client = emulator.Integration();
        var incident = await client.CreateAsync("incident", new { short_description = "x" });

        var result = (await client.GetFromJsonAsync<JsonObject>(
            $"/api/now/table/incident/{incident.Text("sys_id")}?sysparm_display_value=true&sysparm_fields=opened_by,state,caller_id",
            TestContext.Current.CancellationToken))!["result"]!;

        Assert.Equal("M365 Integration", result["opened_by"].Text("display_value"));
        Assert.False(result["opened_by"]!.AsObject().ContainsKey("value"));
        Assert.Equal(["New", ""], [result.Text("state"), result.Text("caller_id")]);
    }

    [Fact]
    public async Task Get_WhoAmI_DynamicUserIdReturnsTokenUser()
    {
        var result = await emulator.Integration().GetFromJsonAsync<JsonObject>(
            "/api/now/table/sys_user?sysparm_query=sys_id=javascript:gs.getUserID()", TestContext.Current.CancellationToken);

        var user = Assert.Single(result!["result"]!.AsArray());
        Assert.Equal(["m365.integration", "false", "false"],
            [user.Text("user_name"), user.Text("web_service_access_only"), user.Text("internal_integration_user")]);
        Assert.False(user!.AsObject().ContainsKey("user_password"));
    }

    [Fact]
    public async Task Get_EmptyList_V1Answers404AndLatestAndV2AnswerEmptyArray()
    {
        var client = emulator.Integration();

        using var v1 = await client.GetAsync("/api/now/v1/table/incident", TestContext.Current.CancellationToken);
        using var latest = await client.GetAsync("/api/now/table/incident", TestContext.Current.CancellationToken);
        using var v2 = await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, v1.StatusCode);
        Assert.Equal("No Record found", (await v1.JsonAsync())["error"].Text("message"));
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Empty((await latest.JsonAsync())["result"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
        Assert.Empty((await v2.JsonAsync())["result"]!.AsArray());
    }

    [Fact]
    public async Task Get_NoCredentials_Answers401WithServiceNowBody()
    {
        using var response = await emulator.CreateClient().GetAsync("/api/now/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}""",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Create_UserWithoutRoles_Answers403AclException()
    {
        using var response = await emulator.As("guest.noroles", "Guest#2026").PostJsonAsync("/api/now/table/incident", new { short_description = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(["Operation Failed", "failure"], [body["error"].Text("message"), body.Text("status")]);
    }

    [Fact]
    public async Task Get_UserWithoutRoles_TicketHiddenAs404()
    {
        var incident = await emulator.Integration().CreateAsync("incident", new { short_description = "x" });

        using var response = await emulator.As("guest.noroles", "Guest#2026")
            .GetAsync($"/api/now/table/incident/{incident.Text("sys_id")}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Record doesn't exist or ACL restricts the record retrieval", (await response.JsonAsync())["error"].Text("detail"));
    }

    [Fact]
    public async Task List_UserWithoutRoles_RowsFilteredAfterQueryButCounted()
    {
        await emulator.Integration().CreateAsync("incident", new { short_description = "x" });

        using var response = await emulator.As("guest.noroles", "Guest#2026").GetAsync("/api/now/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync())["result"]!.AsArray());
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Total-Count")));
    }

    [Fact]
    public async Task Get_OAuthEntityAsAdmin_SecretReturned()
    {
        var result = await emulator.As("admin", "Admin#2026").GetFromJsonAsync<JsonObject>("/api/now/table/oauth_entity", TestContext.Current.CancellationToken);

        Assert.Equal("snowchatops-dev-secret", Assert.Single(result!["result"]!.AsArray()).Text("client_secret"));
    }

    [Fact]
    public async Task Get_OAuthEntityAsIntegration_SecretNotReturned()
    {
        var result = await emulator.Integration().GetFromJsonAsync<JsonObject>("/api/now/table/oauth_entity", TestContext.Current.CancellationToken);

        var entity = Assert.Single(result!["result"]!.AsArray())!.AsObject();
        Assert.Equal(["snowchatops-dev-client", "1800", "8640000"],
            [entity.Text("client_id"), entity.Text("access_token_lifespan"), entity.Text("refresh_token_lifespan")]);
        Assert.False(entity.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task Get_PropertiesAsIntegration_OnlyVersionPropertiesVisible()
    {
        var result = await emulator.Integration().GetFromJsonAsync<JsonObject>(
            "/api/now/table/sys_properties?sysparm_fields=name,value", TestContext.Current.CancellationToken);

        Assert.Equal(["glide.buildtag.last", "glide.war"], result!["result"]!.AsArray().Select(p => p.Text("name")).Order());
    }

    [Fact]
    public async Task Delete_AsAdmin_Answers204ThenGetAnswers404()
    {
        var incident = await emulator.Integration().CreateAsync("incident", new { short_description = "x" });
        var admin = emulator.As("admin", "Admin#2026");

        using var deleted = await admin.DeleteAsync($"/api/now/table/incident/{incident.Text("sys_id")}", TestContext.Current.CancellationToken);
        using var after = await admin.GetAsync($"/api/now/table/incident/{incident.Text("sys_id")}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownTable_Answers400InvalidTable()
    {
        using var response = await emulator.Integration().GetAsync("/api/now/table/u_nope", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid table u_nope", (await response.JsonAsync())["error"].Text("message"));
    }

    [Fact]
    public async Task Create_XmlBody_Answers415()
    {
        using var content = new StringContent("<xml/>", Encoding.UTF8, "application/xml");

        using var response = await emulator.Integration().PostAsync("/api/now/table/incident", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidJson_Answers400()
    {
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");

        using var response = await emulator.Integration().PostAsync("/api/now/table/incident", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("failure", (await response.JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task Get_AcceptTextHtml_Answers406()
    {
        var client = emulator.Integration();
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var response = await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Update_ResolveWithoutCloseFields_Answers403DataPolicy()
    {
        var client = emulator.Integration();
        var incident = await client.CreateAsync("incident", new { short_description = "x" });

        using var response = await client.PutAsJsonAsync($"/api/now/table/incident/{incident.Text("sys_id")}", new { state = "6" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Data Policy Exception", (await response.JsonAsync())["error"].Text("detail"), StringComparison.Ordinal);
    }
}
