using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>
/// Where the delta poll of one tenant's table stands: the newest <c>sys_updated_on</c> processed, and the versions
/// (<c>sys_id</c> + <c>sys_mod_count</c>) already processed inside the overlap window, so re-reading that window
/// costs no store look-ups. <see cref="ETag"/> is the store's concurrency token (null: never saved).
/// </summary>
internal sealed record PollWatermark(TicketTable Table, DateTimeOffset Since, IReadOnlyList<SeenVersion> Seen, string? ETag = null);
