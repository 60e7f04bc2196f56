using SnowChatOps.Bot.SecureScore.Text;

namespace SnowChatOps.Tests.SecureScore;

public sealed class HtmlToTextTests
{
    public static TheoryData<string?, string> Ordinary => new()
    {
        { null, "" },
        { "   ", "" },
        { "Plain text", "Plain text" },
        { "<p>One</p><p>Two</p>", "One\n\nTwo" },
        { "Line<br>break<br/>again", "Line\nbreak\nagain" },
        { "<p>Steps:</p><ol><li>First</li><li>Second</li></ol><p>Done</p>", "Steps:\n\n- First\n- Second\n\nDone" },
        { "<ul>\n  <li> Spaced \n out </li>\n</ul>", "- Spaced out" },
        { "Fish &amp; chips &lt;3 &#169; &eacute;t&eacute;&nbsp;now", "Fish & chips \\<3 © été now" },
        { "Go to <b>Settings</b> &gt; <i>Security</i>", "Go to Settings > Security" },
        { "See <a href=\"https://learn.microsoft.com/entra/\">the docs</a>.", "See [the docs](https://learn.microsoft.com/entra/)." },
        { "<a href='http://example.com/a b'>spaced</a>", "[spaced](http://example.com/a%20b)" },
        { "<a href=https://example.com/x>unquoted</a>", "[unquoted](https://example.com/x)" },
        { "<a href=\"https://example.com/?a=1&amp;b=2\">amp</a>", "[amp](https://example.com/?a=1&b=2)" },
        { "<a href=\"/relative/path\">relative</a>", "relative" },
        { "<a href=\"mailto:x@example.com\">mail</a>", "mail" },
        { "<a href=\"https://example.com/\"></a>empty", "empty" },
        { "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc" },
        { "<!-- hidden comment -->visible", "visible" },
        { "<!DOCTYPE html><html><head><title>Page title</title></head><body>Body</body></html>", "Body" },
        { "a < b and c > d", "a \\< b and c > d" },
        { "<DIV>Upper</DIV><P>case</P>", "Upper\n\ncase" },
    };

    public static TheoryData<string, string> Malicious => new()
    {
        { "<script>alert(1)</script>safe", "safe" },
        { "<SCRIPT type=\"text/javascript\">var x = '</scr' + 'ipt>';</SCRIPT>after", "after" },
        { "<style>body{background:url(javascript:alert(1))}</style>text", "text" },
        { "<script>never closed <b>bold</b>", "" },
        { "<a href=\"javascript:alert(1)\">click</a>", "click" },
        { "<a href=\"&#106;avascript:alert(1)\">encoded</a>", "encoded" },
        { "<a href=\" JaVaScRiPt:alert(1)\">mixed</a>", "mixed" },
        { "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a>", "data" },
        { "<a href=\"https://security.microsoft.com@evil.example/\">userinfo</a>", "userinfo" },
        { "<a href=\"https://example.com/x)[y](javascript:z\">paren</a>", "[paren](https://example.com/x%29%5By%5D%28javascript:z)" },
        { "<a href=\"https://example.com/\">[evil](javascript:alert(1))</a>", "[\\[evil\\](javascript:alert(1))](https://example.com/)" },
        { "[text](javascript:alert(1))", "\\[text\\](javascript:alert(1))" },
        { "&lt;script&gt;alert(1)&lt;/script&gt;", "\\<script>alert(1)\\</script>" },
        { "<img src=x onerror=alert(1)>caption", "caption" },
        { "<scr<script>ipt>alert(1)</script>", "ipt>alert(1)" },
        { "<p onclick=\"alert('<b>')\">quoted attr</p>", "quoted attr" },
        { "<iframe src=\"https://evil.example\">inside</iframe>outside", "outside" },
        { "unterminated <a href=\"https://example.com", "unterminated" },
        { "bidi\u202Eevil\u202C and\u0000nul\u0007bell", "bidievil andnulbell" },
        { "<svg><script>alert(1)</script></svg>ok", "ok" },
        { "<![CDATA[<script>x</script>]]>tail", "x\\]\\]>tail" },
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Convert_OrdinaryHtml_GivesReadableText(string? html, string expected)
    {
        var text = HtmlToText.Convert(html);

        Assert.Equal(expected, text);
    }

    [Theory]
    [MemberData(nameof(Malicious))]
    public void Convert_HostileHtml_GivesInertText(string html, string expected)
    {
        var text = HtmlToText.Convert(html);

        Assert.Equal(expected, text);
        Assert.DoesNotMatch(@"(?<!\\)<[A-Za-z/!?]", text);
        Assert.DoesNotMatch(@"(?<!\\)\]\((?!https?://)", text);
    }

    [Fact]
    public void Convert_LongText_IsCappedWithEllipsis()
    {
        var html = "<p>" + new string('x', 500) + "</p>";

        var text = HtmlToText.Convert(html, maxLength: 100);

        Assert.Equal(100, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_CapInsideSurrogatePair_DoesNotSplitIt()
    {
        var html = new string('a', 8) + "\U0001F512\U0001F512";

        var text = HtmlToText.Convert(html, maxLength: 10);

        Assert.Equal(new string('a', 8) + "…", text);
    }

    [Fact]
    public void Convert_DeeplyNestedTags_CompletesQuickly()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "core" + string.Concat(Enumerable.Repeat("</span></div>", 20_000));

        var text = HtmlToText.Convert(html);

        Assert.Equal("core", text);
    }
}
