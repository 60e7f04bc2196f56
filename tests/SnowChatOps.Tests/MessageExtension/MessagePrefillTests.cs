using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.MessageExtension;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class MessagePrefillTests
{
    private static readonly DateOnly Due = new(2026, 12, 26);

    [Fact]
    public void For_LongMessage_CapsNameAndKeepsTheSharedFromLineInTheDescription()
    {
        var message = Message("<p>" + new string('x', 300) + "</p><p>" + new string('y', 5000) + "</p>", "https://teams.microsoft.com/l/message/1");

        var values = MessagePrefill.For(message, "Megan Bowen", Due);

        Assert.Equal(160, values.Name.Length);
        Assert.EndsWith("…", values.Name, StringComparison.Ordinal);
        Assert.True(values.Description.Length <= 4000, values.Description.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("Shared from Teams by Megan Bowen: https://teams.microsoft.com/l/message/1", values.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ScriptAndMarkup_LeavesSafePlainText()
    {
        var message = Message("<div>Disable <a href=\"https://contoso.example/x\">legacy auth</a><script>alert(1)</script></div>", null);

        var values = MessagePrefill.For(message, "Megan Bowen", Due);

        Assert.Equal("Disable [legacy auth](https://contoso.example/x)", values.Name);
        Assert.DoesNotContain("alert", values.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("<", values.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://teams.example/l/message/1")]
    public void For_LinkThatIsNotHttps_IsLeftOut(string link)
    {
        var values = MessagePrefill.For(Message("<p>Hi</p>", link), "Megan Bowen", Due);

        Assert.Equal("Hi\n\nShared from Teams by Megan Bowen.", values.Description);
    }

    [Fact]
    public void For_NoPayload_LeavesNameEmptyForTheUser()
    {
        var values = MessagePrefill.For(null, "Megan Bowen", Due);

        Assert.Equal((string.Empty, "Shared from Teams by Megan Bowen.", "2026-12-26", "User"), (values.Name, values.Description, values.DueDate, values.Source));
    }

    private static MessageActionsPayload Message(string html, string? link) => new()
    {
        Body = new MessageActionsPayloadBody("html", html),
        LinkToMessage = link is null ? null : new Uri(link, UriKind.RelativeOrAbsolute),
    };
}
