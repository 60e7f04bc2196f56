using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// The card to post once the callback is handled. Built inside the conversation's turn, so it is rendered in the
/// admin's language and time zone.
/// </summary>
internal delegate AdaptiveCard AuthorizationOutcome(UserClock clock);
