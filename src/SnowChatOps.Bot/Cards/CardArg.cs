using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SnowChatOps.Bot.Cards;

/// <summary>
/// The one format of a card action's argument: each verb has its own record, serialized once as compact JSON into
/// <see cref="CardSubmit.Arg"/> and read back here. A payload that is not that record (an old or forged card) is
/// refused as a whole; records validate their own fields in <c>IsValid</c>.
/// </summary>
internal static class CardArg
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    public static string Write<T>(T arg) where T : ICardArg => JsonSerializer.Serialize(arg, Json);

    public static bool TryRead<T>(string? text, [NotNullWhen(true)] out T? arg) where T : class, ICardArg
    {
        arg = null;
        if (string.IsNullOrEmpty(text) || text[0] != '{')
        {
            return false;
        }

        try
        {
            arg = JsonSerializer.Deserialize<T>(text, Json);
        }
        catch (JsonException)
        {
            return false;
        }

        if (arg is { IsValid: true })
        {
            return true;
        }

        arg = null;
        return false;
    }
}
