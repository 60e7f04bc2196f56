using Newtonsoft.Json.Linq;

namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>Who sends a fuzzed activity: the connected admin, another user of the tenant, someone of another tenant, or nobody identifiable.</summary>
internal enum FuzzSender
{
    Admin,
    OtherUser,
    OtherTenant,
    Anonymous,
}

/// <summary>How the payload travels: an Action.Submit (message with a value), an Action.Execute invoke, or typed text.</summary>
internal enum FuzzKind
{
    Submit,
    Execute,
    Typed,
}

/// <summary>One generated input. <see cref="ToString"/> is short and printable (CsCheck prints it with the seed on failure).</summary>
internal sealed record FuzzInput(FuzzKind Kind, FuzzSender Sender, JObject Data, string Text)
{
    public override string ToString()
    {
        var data = Data.ToString(Newtonsoft.Json.Formatting.None);
        return $"{Kind} by {Sender}: {Shorten(Kind == FuzzKind.Typed ? Text : data)}";
    }

    private static string Shorten(string value)
    {
        var printable = string.Concat(value.Take(300).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return value.Length > 300 ? $"{printable}… ({value.Length} chars)" : printable;
    }
}
