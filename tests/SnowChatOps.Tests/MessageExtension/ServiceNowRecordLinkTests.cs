using SnowChatOps.Bot.MessageExtension.Links;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class ServiceNowRecordLinkTests
{
    private const string Id = "9d385017c611228701d22104cc95c371";

    [Theory]
    [InlineData($"https://acme.service-now.com/incident.do?sys_id={Id}", "incident")]
    [InlineData($"https://acme.service-now.com/incident.do?sys_id={Id}&sysparm_view=ess", "incident")]
    [InlineData($"https://acme.service-now.com/change_request.do?sysparm_record_target=change_request&sys_id={Id}", "change_request")]
    [InlineData($"https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id={Id}", "incident")]
    [InlineData($"https://acme.service-now.com/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D{Id}", "incident")]
    [InlineData($"https://acme.service-now.com/nav_to.do?uri=change_request.do%3Fsys_id%3D{Id}%26sysparm_view%3D", "change_request")]
    [InlineData($"https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D{Id}", "incident")]
    [InlineData($"https://acme.service-now.com/now/nav/ui/classic/params/target/change_request.do%3Fsys_id%3D{Id}%26sysparm_stack%3D", "change_request")]
    [InlineData($"https://acme.service-now.com/now/sow/record/incident/{Id}", "incident")]
    [InlineData($"https://acme.service-now.com/now/sow/record/change_request/{Id}/params/selected-tab-index/1", "change_request")]
    [InlineData($"https://acme.service-now.com/now/cwf/agent/record/incident/{Id}", "incident")]
    [InlineData($"https://acme.servicenowservices.com/incident.do?sys_id=9D385017C611228701D22104CC95C371", "incident")]
    [InlineData($"http://127.0.0.1:5080/nav_to.do?uri=incident.do%3Fsys_id%3D{Id}", "incident")]
    public void TryParse_RecordUrl_ReadsTableAndSysId(string url, string expected)
    {
        var ok = ServiceNowRecordLink.TryParse(new Uri(url), out var table, out var sysId);

        Assert.True(ok);
        Assert.Equal((expected, Id), (table.ToTableName(), sysId));
    }

    [Theory]
    [InlineData("https://acme.service-now.com/incident.do?sys_id=-1")]
    [InlineData("https://acme.service-now.com/incident.do")]
    [InlineData($"https://acme.service-now.com/incident_list.do?sysparm_query=sys_id={Id}")]
    [InlineData($"https://acme.service-now.com/problem.do?sys_id={Id}")]
    [InlineData($"https://acme.service-now.com/sys_user.do?sys_id={Id}")]
    [InlineData($"https://acme.service-now.com/nav_to.do?uri=https://evil.example/incident.do?sys_id={Id}")]
    [InlineData($"https://acme.service-now.com/nav_to.do?uri=//evil.example/incident.do?sys_id={Id}")]
    [InlineData($"https://acme.service-now.com/incident.do?sys_id={Id}&sys_id={Id}")]
    [InlineData($"https://acme.service-now.com/now/sow/record/problem/{Id}")]
    [InlineData("https://acme.service-now.com/now/nav/ui/home")]
    [InlineData($"ftp://acme.service-now.com/incident.do?sys_id={Id}")]
    public void TryParse_NotATicketRecord_IsFalse(string url)
    {
        Assert.False(ServiceNowRecordLink.TryParse(new Uri(url), out _, out _));
    }

    [Fact]
    public void TryParse_NestedTooDeep_IsFalse()
    {
        var url = $"https://acme.service-now.com/nav_to.do?uri={Uri.EscapeDataString("nav_to.do?uri=" + Uri.EscapeDataString("nav_to.do?uri=" + Uri.EscapeDataString($"incident.do?sys_id={Id}")))}";

        Assert.False(ServiceNowRecordLink.TryParse(new Uri(url), out _, out _));
    }
}
