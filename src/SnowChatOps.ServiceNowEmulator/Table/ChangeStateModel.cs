using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// The normal change model's transitions (ServiceNow docs, "State model and transitions": New → Assess → Authorize →
/// Scheduled → Implement → Review → Closed, Canceled from any open state, a rejected approval back to New). A real
/// instance enforces them with the change model's business rule, which aborts the update; through the Table API that
/// is a 403 with the error envelope. The wording of the detail is ours. Only Table API writes are checked: the
/// emulator's agent page and control API move tickets freely, as an admin fixing data would.
/// </summary>
internal static class ChangeStateModel
{
    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        ["-5"] = ["-4", "4"],
        ["-4"] = ["-3", "-5", "4"],
        ["-3"] = ["-2", "-5", "4"],
        ["-2"] = ["-1", "4"],
        ["-1"] = ["0", "4"],
        ["0"] = ["3", "4"],
    };

    public static IResult? Refuse(string table, Row existing, IReadOnlyDictionary<string, string> input)
    {
        if (table != Schemas.ChangeRequest || !input.TryGetValue("state", out var target) || target == existing["state"])
        {
            return null;
        }

        var from = existing["state"];
        if (Next.TryGetValue(from, out var allowed) && allowed.Contains(target, StringComparer.Ordinal))
        {
            return null;
        }

        var name = (string code) => Schemas.ChangeStates.TryGetValue(code, out var n) ? n : code;
        return SnowErrors.Error(StatusCodes.Status403Forbidden, "Operation Failed",
            $"Invalid state transition: a normal change cannot move from {name(from)} to {name(target)}");
    }
}
