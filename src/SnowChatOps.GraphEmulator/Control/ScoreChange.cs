namespace SnowChatOps.GraphEmulator.Control;

/// <summary>
/// A control's new achieved points; <c>afterHours</c> (0–720) when it takes effect, default the emulator's score delay.
/// With 0 the next daily snapshot shows it: a drop (or rise) can be served without waiting a day.
/// </summary>
internal sealed record ScoreChange(double Score, double? AfterHours = null);
