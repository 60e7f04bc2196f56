using System.Net;
using System.Text;

namespace SnowChatOps.Bot.SecureScore.Text;

/// <summary>
/// Turns tokens into plain text with light markdown. Text is entity-decoded, then markdown-escaped, so nothing from
/// the input can become a link or a tag; only links we build ourselves (http/https, no user info) are markdown.
/// </summary>
internal sealed class MarkdownTextWriter
{
    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "section", "article", "header", "footer",
    };

    private static readonly HashSet<string> LineTags = new(StringComparer.Ordinal)
    {
        "div", "ul", "ol", "dl", "dt", "dd", "tr", "li", "br", "hr",
    };

    private readonly StringBuilder output = new();
    private StringBuilder? linkText;
    private string? linkHref;

    // Breaks are requested by tags but written only before the next visible text, so empty or nested blocks never
    // pile up blank lines: 1 = new line, 2 = blank line (new paragraph).
    private int pendingBreak;
    private string pendingPrefix = string.Empty;

    public void Write(HtmlToken token)
    {
        switch (token.Kind)
        {
            case HtmlTokenKind.Text:
                Append(Escape(WebUtility.HtmlDecode(token.Value)));
                break;
            case HtmlTokenKind.StartTag when token.Value == "a":
                CloseLink();
                linkText = new StringBuilder();
                linkHref = token.Href;
                break;
            case HtmlTokenKind.StartTag when token.Value == "li":
                RequestBreak(1);
                pendingPrefix = "- ";
                break;
            case HtmlTokenKind.EndTag when token.Value == "a":
                CloseLink();
                break;
            case HtmlTokenKind.StartTag or HtmlTokenKind.EndTag:
                WriteBoundary(token.Value);
                break;
        }
    }

    public override string ToString()
    {
        CloseLink();
        return output.ToString();
    }

    private void WriteBoundary(string tag)
    {
        if (ParagraphTags.Contains(tag))
        {
            RequestBreak(2);
        }
        else if (LineTags.Contains(tag))
        {
            RequestBreak(1);
        }
        else if (tag is "td" or "th")
        {
            Append(" ");
        }
    }

    private void RequestBreak(int lines)
    {
        if (linkText is not null)
        {
            linkText.Append(' '); // a link's text stays on one line, or the markdown link would break apart
            return;
        }

        pendingBreak = Math.Max(pendingBreak, lines);
    }

    private void Append(string text)
    {
        if (linkText is not null)
        {
            linkText.Append(text);
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            output.Append(' ');
            return;
        }

        if (pendingBreak > 0 && output.Length > 0)
        {
            output.Append('\n', pendingBreak);
        }

        output.Append(pendingPrefix).Append(text);
        pendingBreak = 0;
        pendingPrefix = string.Empty;
    }

    private void CloseLink()
    {
        if (linkText is null)
        {
            return;
        }

        var text = string.Join(' ', linkText.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
        var url = SafeUrl(linkHref);
        linkText = null;
        linkHref = null;
        if (text.Length == 0)
        {
            return;
        }

        Append(url is null ? text : $"[{text}]({url})");
    }

    private static string? SafeUrl(string? href)
    {
        if (href is null
            || !Uri.TryCreate(WebUtility.HtmlDecode(href).Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0
            || uri.Host.Length == 0)
        {
            return null;
        }

        // Brackets and parentheses are the only characters left in an escaped URI that could end the markdown link.
        return uri.AbsoluteUri
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace("[", "%5B", StringComparison.Ordinal)
            .Replace("]", "%5D", StringComparison.Ordinal);
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (c is '\\' or '[' or ']' or '<')
            {
                builder.Append('\\').Append(c);
            }
            else if (!char.IsControl(c) && !IsBidiControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
