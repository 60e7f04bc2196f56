using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// The card to post once the callback is handled. Built inside the conversation's turn, so it is rendered in the
/// admin's language (its times are shown in each reader's own time zone: <see cref="CardTime"/>).
/// </summary>
internal delegate AdaptiveCard AuthorizationOutcome();
