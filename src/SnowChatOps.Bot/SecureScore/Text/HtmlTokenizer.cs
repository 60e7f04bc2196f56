namespace SnowChatOps.Bot.SecureScore.Text;

/// <summary>
/// A small, forgiving HTML tokenizer modelled on the HTML spec's states: tags, attributes with quoted and unquoted
/// values, comments, bogus comments and raw-text elements. It never interprets markup as anything but tokens, so a
/// malformed or hostile document can only lose text, not smuggle markup through.
/// </summary>
internal sealed class HtmlTokenizer
{
    // Elements whose content is never visible text; skipped up to their end tag like the spec's raw-text states.
    private static readonly HashSet<string> ContentDropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "noembed", "noframes", "noscript", "template", "textarea", "title", "xmp",
    };

    private readonly string html;
    private readonly List<HtmlToken> tokens = [];
    private int pos;

    private HtmlTokenizer(string html) => this.html = html;

    public static IReadOnlyList<HtmlToken> Tokenize(string html)
    {
        var tokenizer = new HtmlTokenizer(html);
        tokenizer.Run();
        return tokenizer.tokens;
    }

    private void Run()
    {
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > pos)
            {
                tokens.Add(new HtmlToken(HtmlTokenKind.Text, html[pos..textEnd]));
            }

            pos = textEnd;
            if (pos < html.Length)
            {
                ReadMarkup();
            }
        }
    }

    private void ReadMarkup()
    {
        var next = CharAt(pos + 1);
        if (char.IsAsciiLetter(next))
        {
            ReadTag(HtmlTokenKind.StartTag, pos + 1);
        }
        else if (next == '/' && char.IsAsciiLetter(CharAt(pos + 2)))
        {
            ReadTag(HtmlTokenKind.EndTag, pos + 2);
        }
        else if (string.CompareOrdinal(html, pos, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", pos + 4, StringComparison.Ordinal);
            pos = end < 0 ? html.Length : end + 3;
        }
        else if (next is '!' or '?' or '/')
        {
            var end = html.IndexOf('>', pos + 1);
            pos = end < 0 ? html.Length : end + 1;
        }
        else
        {
            tokens.Add(new HtmlToken(HtmlTokenKind.Text, "<"));
            pos++;
        }
    }

    private void ReadTag(HtmlTokenKind kind, int nameStart)
    {
        var i = Skip(nameStart, c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':');
        var name = html[nameStart..i].ToLowerInvariant();
        var (closed, href) = ReadAttributes(ref i);
        pos = i;
        if (!closed)
        {
            return; // a tag cut off by the end of input is dropped, as browsers do
        }

        tokens.Add(new HtmlToken(kind, name, href));
        if (kind == HtmlTokenKind.StartTag && ContentDropped.Contains(name))
        {
            SkipContentOf(name);
        }
    }

    private (bool Closed, string? Href) ReadAttributes(ref int i)
    {
        string? href = null;
        while (true)
        {
            i = Skip(i, c => char.IsWhiteSpace(c) || c == '/');
            if (i >= html.Length)
            {
                return (false, null);
            }

            if (html[i] == '>')
            {
                i++;
                return (true, href);
            }

            var nameStart = i;
            i = Skip(i + 1, c => !char.IsWhiteSpace(c) && c is not ('/' or '>' or '='));
            var attribute = html[nameStart..i];
            var value = ReadAttributeValue(ref i);
            if (href is null && value is not null && attribute.Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                href = value;
            }
        }
    }

    private string? ReadAttributeValue(ref int i)
    {
        var j = Skip(i, char.IsWhiteSpace);
        if (CharAt(j) != '=')
        {
            return null;
        }

        j = Skip(j + 1, char.IsWhiteSpace);
        var quote = CharAt(j);
        if (quote is '"' or '\'')
        {
            var close = html.IndexOf(quote, j + 1);
            i = close < 0 ? html.Length : close + 1;
            return close < 0 ? null : html[(j + 1)..close];
        }

        i = Skip(j, c => !char.IsWhiteSpace(c) && c != '>');
        return html[j..i];
    }

    private void SkipContentOf(string name)
    {
        var search = pos;
        while (true)
        {
            var close = html.IndexOf("</" + name, search, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                pos = html.Length;
                return;
            }

            var after = CharAt(close + 2 + name.Length);
            if (after is '\0' or '>' or '/' || char.IsWhiteSpace(after))
            {
                var end = html.IndexOf('>', close);
                pos = end < 0 ? html.Length : end + 1;
                return;
            }

            search = close + 2;
        }
    }

    private int Skip(int index, Func<char, bool> predicate)
    {
        while (index < html.Length && predicate(html[index]))
        {
            index++;
        }

        return index;
    }

    private char CharAt(int index) => index < html.Length ? html[index] : '\0';
}
