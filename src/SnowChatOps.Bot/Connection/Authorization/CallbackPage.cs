using System.Globalization;
using System.Net;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>The plain page the admin's browser shows after ServiceNow redirects back. The real answer is in Teams.</summary>
internal sealed record CallbackPage(int StatusCode, string Title, string Body, string Language)
{
    public static CallbackPage Done(CultureInfo culture) => new(
        StatusCodes.Status200OK,
        ConnectionText.ResourceManager.GetString(nameof(ConnectionText.Page_Done_Title), culture)!,
        ConnectionText.ResourceManager.GetString(nameof(ConnectionText.Page_Done_Body), culture)!,
        culture.Name);

    public static CallbackPage Invalid(CultureInfo culture) => new(
        StatusCodes.Status400BadRequest,
        ConnectionText.ResourceManager.GetString(nameof(ConnectionText.Page_Invalid_Title), culture)!,
        ConnectionText.ResourceManager.GetString(nameof(ConnectionText.Page_Invalid_Body), culture)!,
        culture.Name);

    public string ToHtml()
    {
        var title = WebUtility.HtmlEncode(Title);
        var body = WebUtility.HtmlEncode(Body);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{WebUtility.HtmlEncode(Language)}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>SnowChatOps · {{title}}</title>
            <style>body{font-family:Segoe UI,system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#242424}h1{font-size:1.4rem}</style>
            </head><body><h1>{{title}}</h1><p>{{body}}</p></body></html>
            """;
    }
}
