using SnowChatOps.Bot.Text;

namespace SnowChatOps.Tests.Bot;

public sealed class UserTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\0b", "ab")]
    [InlineData("\u001b[31mred\u001b[0m", "[31mred[0m")]
    [InlineData("bell\u0007 del\u007f nel\u0085", "bell del nel")]
    [InlineData("keeps\r\nlines\tand tabs", "keeps\r\nlines\tand tabs")]
    [InlineData("pair 🔥 kept", "pair 🔥 kept")]
    public void Clean_Value_RemovesControlCharactersAndRepairsSurrogates(string value, string expected) =>
        Assert.Equal(expected, UserText.Clean(value));

    [Fact]
    public void Clean_LoneSurrogates_ReplacedByTheReplacementCharacter()
    {
        // Built in code: a lone surrogate does not survive xunit's serialization of InlineData.
        var high = "lone " + (char)0xD800 + " high";
        var low = "lone " + (char)0xDC00 + " low";

        Assert.Equal("lone \ufffd high", UserText.Clean(high));
        Assert.Equal("lone \ufffd low", UserText.Clean(low));
        Assert.True(UserText.NeedsCleaning(high));
    }

    [Fact]
    public void Clean_OverTheCap_CutsWithoutSplittingASurrogatePair()
    {
        Assert.Equal("abc", UserText.Clean("abcdef", 3));
        Assert.Equal("ab", UserText.Clean("ab🔥", 3));
        Assert.Equal("ab🔥", UserText.Clean("ab🔥", 4));
    }

    [Fact]
    public void Clean_CleanValueWithinTheCap_ReturnsTheSameInstance()
    {
        var value = "already clean";

        Assert.Same(value, UserText.Clean(value, 100));
    }

    [Fact]
    public void ForLog_LongValueWithControlCharacters_IsShortAndEscaped()
    {
        var line = UserText.ForLog("\0" + new string('x', 1_000_000));

        Assert.StartsWith("\\u0000xxx", line, StringComparison.Ordinal);
        Assert.EndsWith("…(1000001 chars)", line, StringComparison.Ordinal);
        Assert.True(line.Length < UserText.MaxLogLength + 30, line);
        Assert.DoesNotContain('\0', line);
    }

    [Fact]
    public void ForLog_Null_SaysSo() => Assert.Equal("(null)", UserText.ForLog(null));
}
