using SnowChatOps.Bot.Text;

namespace SnowChatOps.Tests.Bot;

public sealed class CardMarkdownTests
{
    [Theory]
    [InlineData("Require MFA (admins)", "Require MFA (admins)")]
    [InlineData("[click](https://evil.example)", @"\[click\](https://evil.example)")]
    [InlineData("**urgent** _now_", @"\*\*urgent\*\* \_now\_")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("`code` <b>x</b> ~~gone~~", @"\`code\` \<b\>x\</b\> \~\~gone\~\~")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    public void Escape_MarkdownCharacters_AreBackslashed(string text, string expected) =>
        Assert.Equal(expected, CardMarkdown.Escape(text));

    [Theory]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("+ not a list", @"\+ not a list")]
    [InlineData("1. not a list", @"1\. not a list")]
    [InlineData("12) not a list", @"12\) not a list")]
    [InlineData("-5 points", "-5 points")]
    [InlineData("2026 plan", "2026 plan")]
    [InlineData("1.5 update", "1.5 update")]
    public void Escape_LeadingListMarker_OnlyWhenItWouldRenderAsAList(string text, string expected) =>
        Assert.Equal(expected, CardMarkdown.Escape(text));

    [Fact]
    public void Line_MultiLineHostileText_OneCleanBoundedEscapedLine()
    {
        var line = CardMarkdown.Line("  *a*\u0007\r\nb" + new string('c', 50) + "  ", 10);

        Assert.Equal(@"\*a\* bcc", line);
    }

    [Fact]
    public void Escape_CardTimeFunction_IsNotFormattedByTheRenderer()
    {
        var escaped = CardMarkdown.Escape("due {{DATE(2026-12-03T09:00:00Z, SHORT)}}");

        Assert.Equal("due {\u200B{DATE(2026-12-03T09:00:00Z, SHORT)}}", escaped);
        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_Null_IsEmpty() => Assert.Equal(string.Empty, CardMarkdown.Line(null, 10));
}
