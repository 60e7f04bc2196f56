using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class ShareValidationTests
{
    [Fact]
    public async Task Send_InvalidFields_ReturnsFormWithErrorsAndTypedValuesKept()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var form = CardReader.From(Assert.Single(await share.SendAsync(d =>
        {
            d["name"] = "   ";
            d["description"] = "my own words";
            d["priority"] = "9";
            d["dueDate"] = "2026-11-25";
        })));

        Assert.Equal(share.FormId, Assert.Single(harness.Adapter.Updates).Id);
        Assert.Contains("Please check the following and send again:", form.Texts);
        var errors = form.Texts.Single(t => t.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal("- Enter a name of up to 160 characters.\n- Choose a priority from 1 to 5.\n- The due date can't be in the past.", errors);
        Assert.Equal("my own words", ShareFormTests.Input(form, "description")["value"]!.ToString());
        Assert.Equal("2026-11-25", ShareFormTests.Input(form, "dueDate")["value"]!.ToString());
        Assert.Equal(share.Form.Json["actions"]![0]!["data"]!["arg"], form.Json["actions"]![0]!["data"]!["arg"]);
        Assert.Empty(share.ServiceNow.Sent);
        Assert.Empty(share.Submissions.All);
    }

    [Theory]
    [InlineData("name", 161)]
    [InlineData("description", 4001)]
    public async Task Send_TooLong_IsRefusedServerSide(string field, int length)
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var form = CardReader.From(Assert.Single(await share.SendAsync(d => d[field] = new string('x', length))));

        Assert.Contains("Please check the following and send again:", form.Texts);
        Assert.Empty(share.ServiceNow.Sent);
    }

    [Theory]
    [InlineData("type", "problem", "- Choose a ticket type.")]
    [InlineData("source", "user", "- Choose a recommendation source.")]
    [InlineData("category", "Device", "- Choose a recommendation category.")]
    [InlineData("dueDate", "26/12/2026", "- Enter a due date.")]
    public async Task Send_UnknownChoice_IsRefusedServerSide(string field, string value, string error)
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var form = CardReader.From(Assert.Single(await share.SendAsync(d => d[field] = value)));

        Assert.Contains(error, form.Texts);
        Assert.Empty(share.ServiceNow.Sent);
    }

    [Fact]
    public async Task Send_TodayInUtcButYesterdayForUserAhead_IsInThePast()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero)); // already Nov 27 in UTC+13
        var press = ShareDriver.Press(share.Form, share.FormId, d => d["dueDate"] = "2026-11-26", offset: TimeSpan.FromHours(13), now: harness.Time.GetUtcNow());

        var form = CardReader.From(Assert.Single(await share.SendAsync(press)));

        Assert.Contains("- The due date can't be in the past.", form.Texts);
    }

    [Fact]
    public async Task Send_DueDateForUserBehindUtc_IsSentAsEndOfTheirDayInUtc()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        var press = ShareDriver.Press(share.Form, share.FormId, d => d["dueDate"] = "2026-12-01", offset: TimeSpan.FromHours(-5), now: harness.Time.GetUtcNow());

        await share.SendAsync(press);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 4, 59, 59, TimeSpan.Zero), Assert.Single(share.ServiceNow.Sent).Ticket.DueDate);
    }

    [Fact]
    public async Task Send_ChineseUser_SeesErrorsInChinese()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness, locale: "zh-CN");
        var press = share.PressSend(d => d["name"] = string.Empty);
        press.Locale = "zh-CN";

        var form = CardReader.From(Assert.Single(await share.SendAsync(press)));

        Assert.Contains("- 请输入不超过 160 个字符的名称。", form.Texts);
    }
}
