using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace SnowChatOps.Bot.Sharing;

/// <summary>
/// The argument of the form's submit buttons: the correlation id minted when the form was rendered and the
/// improvement action. Travelling in the card data is what makes a double click or a retried invoke idempotent.
/// </summary>
internal sealed record ShareArg(string CorrelationId, string ActionId)
{
    private const string Prefix = "snowchatops-";

    public static ShareArg Mint(string actionId) => new(NewCorrelationId(), actionId);

    /// <summary>A fresh correlation id; other share entry points (the message extension) mint theirs here too.</summary>
    public static string NewCorrelationId() => Prefix + Guid.NewGuid().ToString("N");

    public string ToArg() => QueryString.Create("c", CorrelationId).Add("a", ActionId).ToUriComponent().TrimStart('?');

    /// <summary>Accepts only ids we mint, so a forged card cannot inject into an encoded query.</summary>
    public static bool TryParse(string? arg, [NotNullWhen(true)] out ShareArg? parsed)
    {
        parsed = null;
        var values = QueryHelpers.ParseQuery(arg ?? string.Empty);
        var correlation = values.TryGetValue("c", out var c) ? c.ToString() : string.Empty;
        var action = values.TryGetValue("a", out var a) ? a.ToString() : string.Empty;
        if (!IsMinted(correlation) || action.Length is 0 or > 100)
        {
            return false;
        }

        parsed = new ShareArg(correlation, action);
        return true;
    }

    public static bool IsMinted(string correlation) =>
        correlation.StartsWith(Prefix, StringComparison.Ordinal)
        && correlation.Length == Prefix.Length + 32
        && correlation[Prefix.Length..].All(char.IsAsciiHexDigitLower);
}
