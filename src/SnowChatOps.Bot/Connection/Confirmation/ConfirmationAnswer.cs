using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Connection.Confirmation;

/// <summary>The card answering a confirmation press; <see cref="ReplacePressed"/> is false when the presser is not the admin (their press must not change the admin's card).</summary>
internal sealed record ConfirmationAnswer(AdaptiveCard Card, bool ReplacePressed = true);
