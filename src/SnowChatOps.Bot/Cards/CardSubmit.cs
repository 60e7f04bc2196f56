namespace SnowChatOps.Bot.Cards;

/// <summary>
/// The <c>data</c> of every submit/execute action we render. <see cref="Verb"/> routes it;
/// <see cref="Arg"/> carries one small argument (an action id, a ticket sys_id). Inputs arrive beside these keys.
/// </summary>
internal sealed record CardSubmit(string Verb, string? Arg = null);
