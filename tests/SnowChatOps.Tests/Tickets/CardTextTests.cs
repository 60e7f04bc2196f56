using SnowChatOps.Bot.Tickets.Actions;

namespace SnowChatOps.Tests.Tickets;

public sealed class CardTextTests
{
    [Fact]
    public void Clean_ControlCharacters_AreRemovedButLineBreaksKept()
    {
        var cleaned = CardText.Clean("  one\u0000\u001b[31m\r\ntwo\t ", 100);

        Assert.Equal("one[31m\ntwo", cleaned);
    }

    [Fact]
    public void Clean_OverTheLimit_IsCut()
    {
        var cleaned = CardText.Clean(new string('a', 50), 10);

        Assert.Equal(10, cleaned!.Length);
    }

    [Fact]
    public void Clean_NothingPrintable_IsNull()
    {
        var cleaned = CardText.Clean(" \u0007 \n ", 10);

        Assert.Null(cleaned);
    }

    [Fact]
    public void Shown_MarkdownAndLongText_IsEscapedFlattenedAndBounded()
    {
        var shown = CardText.Shown("# Title\n[link](http://x) *bold* " + new string('z', 400));

        Assert.StartsWith(@"\# Title \[link\](http://x) \*bold\* zzz", shown, StringComparison.Ordinal);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', shown);
    }
}
