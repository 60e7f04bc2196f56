namespace SnowChatOps.Bot.Bot;

/// <summary>
/// A help-card line for a command. Registered beside the command, so the help card lists exactly what is built;
/// the description is read when the card is built, in the turn's culture.
/// </summary>
internal sealed record CommandHelp(string Name, Func<string> Description, int Order);
