using CsCheck;

namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>
/// Generators of the strings a hostile or broken client puts in a field: random UTF-16 (lone surrogates included),
/// control characters, huge values, markup and encoded-query operators, and values close to valid ones.
/// </summary>
internal static class FuzzValues
{
    private const string Controls = "\0\a\b\t\n\r\v\f\u001b\u007f\u0085\u2028\u2029\ud800\udfff\ufeff\u200b";

    private static readonly string[] Tricky =
    [
        "", " ", "   ", "\t\r\n", "<script>alert(1)</script>", "x^ORsys_id!=NULL^NQactive=true", "%00%0d%0a", "{\"verb\":\"status\"}",
        "{", "[1,2]", "null", "😀", "\ud83d", "ǘ", "Ω≈ç√", "工单标题", "AdminMFAV2", "incident", "change_request", "problem", "1", "5", "0", "-1",
        "2099-01-01", "2000-01-01", "2026-13-45", "Microsoft", "Identity", "Device", "ok", "../../etc/passwd", "https://evil.example.com/",
    ];

    /// <summary>One field's value.</summary>
    public static Gen<string> Field { get; } = Gen.Frequency(
        (4, Str(Gen.Char, 0, 40)),
        (2, Str(Gen.Char[Controls], 1, 12)),
        (2, Gen.OneOf(Tricky)),
        (2, Gen.Select(Str(Gen.Char["abcXYZ 012"], 0, 8), Str(Gen.Char[Controls], 1, 3), (a, b) => a + b + a)),
        (1, Gen.Select(Gen.Int[2_100, 20_000], Gen.Char['!', '~'], (n, c) => new string(c, n))),
        (1, Gen.Int[100, 2_500].Select(n => string.Concat(Enumerable.Repeat("🔥", n)))));

    /// <summary>Lower-case hex of <paramref name="length"/> characters (sys_ids, keys, minted correlation ids).</summary>
    public static Gen<string> Hex(int length) => Str(Gen.Char["0123456789abcdef"], length, length);

    public static Gen<string> Str(Gen<char> chars, int min, int max) => chars.Array[min, max].Select(a => new string(a));

    /// <summary>Almost-hex: the wrong length, upper case, or a foreign character.</summary>
    public static Gen<string> BadHex { get; } = Gen.OneOf(
        Hex(31), Hex(33), Hex(32).Select(h => h.ToUpperInvariant()), Hex(31).Select(h => h + "g"), Hex(16).Select(h => h + "\0" + h[..15]));
}
