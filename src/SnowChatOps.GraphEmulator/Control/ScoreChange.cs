namespace SnowChatOps.GraphEmulator.Control;

internal sealed record ScoreChange(double Score);
