using CsCheck;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>
/// The generator of whole inputs: a verb (every registered one, case and space variants, garbage), its argument in
/// each verb family's typed shape (share correlation ids: fresh, malformed, stale, someone else's; ticket actions:
/// real and random sys_ids, bad keys; flow steps) or garbage, card inputs with hostile or valid values and wrong
/// JSON types, and a sender (the admin, another user, another tenant, a user without an Entra id).
/// </summary>
internal sealed class FuzzInputs(IReadOnlyList<string> verbs, FuzzKnownIds known)
{
    private static readonly string[] ShareInputNames = ["name", "description", "priority", "dueDate", "type", "source", "category"];

    private static readonly string[] InputNames =
    [
        "name", "description", "priority", "dueDate", "type", "source", "category", "instance", "clientId", "clientSecret",
        "query", "comment", "workNote", "assignee", "closeCode", "closeNotes", "reason", "page", "value", "verb2",
    ];

    public Gen<FuzzInput> Card(FuzzKind kind) => Gen.Select(Sender, Data, (sender, data) => new FuzzInput(kind, sender, data, string.Empty));

    /// <summary>
    /// "Send to ServiceNow" with the whole form filled in validly, then (most of the time) one or two fields replaced
    /// by hostile values: the inputs closest to a real ticket, where a validation gap would create one.
    /// </summary>
    public Gen<FuzzInput> SharePress => Gen.Select(
        Gen.Frequency((4, Gen.Const(FuzzSender.Admin)), (1, Gen.Const(FuzzSender.OtherUser)), (1, Gen.Const(FuzzSender.OtherTenant))),
        Gen.Frequency((4, FuzzValues.Hex(32).Select(h => CorrelationIds.Prefix + h)), (1, Correlation)),
        Gen.Select(Gen.OneOf(ShareInputNames), FuzzValues.Field).Array[0, 2],
        FuzzValues.Hex(8),
        (sender, correlation, corrupted, action) =>
        {
            // A fresh action id each time, so a valid press is not held as a duplicate of an earlier ticket.
            var arg = new JObject { ["c"] = correlation, ["a"] = "FuzzAction" + action }.ToString(Newtonsoft.Json.Formatting.None);
            var data = new JObject { ["verb"] = "share-submit", ["arg"] = arg };
            foreach (var name in ShareInputNames)
            {
                data[name] = Valid(name);
            }

            foreach (var (name, value) in corrupted)
            {
                data[name] = value;
            }

            return new FuzzInput(FuzzKind.Submit, sender, data, string.Empty);
        });

    public Gen<FuzzInput> Typed => Gen.Select(Sender, TypedText, (sender, text) => new FuzzInput(FuzzKind.Typed, sender, [], text));

    private static Gen<FuzzSender> Sender { get; } = Gen.Frequency(
        (5, Gen.Const(FuzzSender.Admin)), (2, Gen.Const(FuzzSender.OtherUser)), (2, Gen.Const(FuzzSender.OtherTenant)), (1, Gen.Const(FuzzSender.Anonymous)));

    private Gen<string> Verb => Gen.Frequency(
        (8, Gen.OneOf([.. verbs])),
        (1, Gen.Select(Gen.OneOf([.. verbs]), Gen.Bool, (v, upper) => "  " + (upper ? v.ToUpperInvariant() : v) + "\t")),
        (1, FuzzValues.Field));

    private Gen<string> TypedText => Gen.Frequency(
        (5, Gen.Select(Verb, FuzzValues.Field, (v, a) => v + " " + a)),
        (2, Verb),
        (2, FuzzValues.Field),
        (1, Gen.Select(Verb, Arg, (v, a) => v + " " + a)));

    private Gen<string> Correlation => Gen.Frequency(
        (3, FuzzValues.Hex(32).Select(h => CorrelationIds.Prefix + h)),
        (2, FuzzValues.BadHex.Select(h => CorrelationIds.Prefix + h)),
        (2, Gen.OneOf(known.StaleCorrelations)),
        (1, FuzzValues.Field));

    private Gen<string> SysId => Gen.Frequency((3, FuzzValues.Hex(32)), (2, Gen.OneOf(known.SysIds)), (1, FuzzValues.BadHex), (1, FuzzValues.Field));

    private Gen<string> Arg => Gen.Frequency(
        (3, Gen.Select(Correlation, Gen.Frequency((3, Gen.Const<string?>("AdminMFAV2")), (1, Gen.Const((string?)null)), (1, FuzzValues.Field.Select(f => (string?)f))),
            (c, a) => new JObject { ["c"] = c, ["a"] = a }.ToString(Newtonsoft.Json.Formatting.None))),
        (3, Gen.Select(Gen.Frequency((3, Gen.OneOf("incident", "change_request")), (1, FuzzValues.Field)), SysId, Gen.Frequency((2, FuzzValues.Hex(32)), (1, FuzzValues.BadHex)),
            (t, s, k) => new JObject { ["t"] = t, ["s"] = s, ["k"] = k }.ToString(Newtonsoft.Json.Formatting.None))),
        (1, Gen.Select(FuzzValues.Field, FuzzValues.Field, FuzzValues.Field, (f, s, m) => new JObject { ["f"] = f, ["s"] = s, ["m"] = m }.ToString(Newtonsoft.Json.Formatting.None))),
        (1, Gen.OneOf("{\"c\":1}", "{\"c\":null,\"a\":null}", "{\"t\":\"incident\"}", "{\"x\":\"y\",\"c\":\"z\"}", "{", "[]", "{}")),
        (2, FuzzValues.Field));

    private static Gen<JToken> Odd { get; } = Gen.OneOf<JToken>(
        JValue.CreateNull(), new JValue(42), new JValue(-1.5), new JValue(true), new JObject { ["a"] = "b" }, new JArray(1, "x"), new JValue(long.MaxValue));

    private static Gen<(string Name, JToken Value)> Input { get; } = Gen.OneOf(InputNames).SelectMany(name => Gen.Frequency(
        (5, FuzzValues.Field.Select(f => (JToken)f)), (4, Gen.Const<JToken>(Valid(name))), (1, Odd)).Select(v => (name, v)));

    private Gen<JObject> Data => Gen.Select(
        Gen.Frequency((12, Verb.Select(v => (JToken)v)), (1, Odd)),
        Gen.Frequency((10, Arg.Select(a => (JToken)a)), (1, Odd), (1, Gen.Const<JToken>(JValue.CreateUndefined()))),
        Input.Array[0, 9],
        (verb, arg, inputs) =>
        {
            var data = new JObject { ["verb"] = verb };
            if (arg.Type != JTokenType.Undefined)
            {
                data["arg"] = arg;
            }

            foreach (var (name, value) in inputs)
            {
                data[name] = value.DeepClone();
            }

            return data;
        });

    // What the share form would send (so that some fuzzed submissions are valid and reach ServiceNow).
    private static string Valid(string input) => input switch
    {
        "name" => "Require MFA for admins",
        "description" => "Enforce MFA.",
        "priority" => "2",
        "dueDate" => "2099-01-01",
        "type" => "incident",
        "source" => "Microsoft",
        "category" => "Identity",
        "instance" => BotApplicationInstance,
        "page" => "1",
        _ => "ok",
    };

    private const string BotApplicationInstance = "http://127.0.0.1:5080";
}
