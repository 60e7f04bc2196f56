namespace SnowChatOps.Bot.Bot;

internal static class CommandRegistration
{
    /// <summary>Registers a command (built on first use) and, when <paramref name="help"/> is given, its line on the help card.</summary>
    public static IServiceCollection AddChatCommand<TCommand>(this IServiceCollection services, string name, Func<string>? help = null, int order = 100)
        where TCommand : class, IChatCommand
    {
        services.AddSingleton<TCommand>();
        return services.AddChatCommand(name, sp => sp.GetRequiredService<TCommand>(), help, order);
    }

    /// <summary>Registers a command built by <paramref name="factory"/> the first time <paramref name="name"/> is routed.</summary>
    public static IServiceCollection AddChatCommand(
        this IServiceCollection services, string name, Func<IServiceProvider, IChatCommand> factory, Func<string>? help = null, int order = 100)
    {
        services.AddSingleton(new ChatCommandRoute(name, factory));
        if (help is not null)
        {
            services.AddSingleton(new CommandHelp(name, help, order));
        }

        return services;
    }
}
