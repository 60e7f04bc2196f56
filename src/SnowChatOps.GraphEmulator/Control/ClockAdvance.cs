namespace SnowChatOps.GraphEmulator.Control;

internal sealed record ClockAdvance(double Hours);
