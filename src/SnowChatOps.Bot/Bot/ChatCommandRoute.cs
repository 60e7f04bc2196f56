namespace SnowChatOps.Bot.Bot;

/// <summary>
/// A command's name and how to build it. The router builds a command the first time its name is typed or its verb
/// pressed, so a command nobody uses (and the dependency graph behind it) is never built.
/// </summary>
internal sealed record ChatCommandRoute(string Name, Func<IServiceProvider, IChatCommand> Factory);
