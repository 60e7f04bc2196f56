namespace SnowChatOps.Bot.Bot;

/// <summary>
/// A help-card line for a command. Registered beside the command, so the help card lists exactly what is built;
/// the description is read when the card is built, in the turn's culture. <see cref="Title"/>, when set, is shown
/// instead of <see cref="Name"/>: for what is not typed (the message action, the compose-box search), in the turn's
/// language.
/// </summary>
internal sealed record CommandHelp(string Name, Func<string> Description, int Order)
{
    public Func<string>? Title { get; init; }
}
