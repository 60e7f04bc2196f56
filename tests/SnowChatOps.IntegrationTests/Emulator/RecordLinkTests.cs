using System.Net;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class RecordLinkTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task NavTo_TicketLinkAsTheBotWritesIt_RedirectsToTheAgentRecordPage()
    {
        var sysId = (await emulator.Integration().CreateAsync("incident", new { short_description = "Link target" })).Text("sys_id");

        using var response = await emulator.Browser().GetAsync($"/nav_to.do?uri=incident.do%3Fsys_id%3D{sysId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/agent/incident/{sysId}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ClassicRecordUrl_ChangeRequest_RedirectsToTheAgentRecordPage()
    {
        var sysId = (await emulator.Integration().CreateAsync("change_request", new { short_description = "Link target" })).Text("sys_id");

        using var response = await emulator.Browser().GetAsync($"/change_request.do?sys_id={sysId}", TestContext.Current.CancellationToken);

        Assert.Equal($"/agent/change_request/{sysId}", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/nav_to.do?uri=https%3A%2F%2Fevil.example%2Fincident.do%3Fsys_id%3D0123456789abcdef0123456789abcdef")]
    [InlineData("/nav_to.do?uri=%2F%2Fevil.example%2Fincident.do")]
    [InlineData("/nav_to.do?uri=problem.do%3Fsys_id%3D0123456789abcdef0123456789abcdef")]
    [InlineData("/nav_to.do")]
    [InlineData("/incident.do?sys_id=-1")]
    public async Task NavTo_AnythingElse_RedirectsToTheAgentHome(string url)
    {
        using var response = await emulator.Browser().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal("/agent", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RecordPage_SignedOut_AsksForTheEmulatorLoginFirst()
    {
        var sysId = (await emulator.Integration().CreateAsync("incident", new { short_description = "Link target" })).Text("sys_id");

        using var response = await emulator.Browser().GetAsync($"/agent/incident/{sysId}", TestContext.Current.CancellationToken);

        Assert.StartsWith("/login.do?sysparm_goto=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
