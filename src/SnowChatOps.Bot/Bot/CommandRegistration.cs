namespace SnowChatOps.Bot.Bot;

internal static class CommandRegistration
{
    /// <summary>Registers a command and, when <paramref name="help"/> is given, its line on the help card.</summary>
    public static IServiceCollection AddChatCommand<TCommand>(this IServiceCollection services, string name, Func<string>? help = null, int order = 100)
        where TCommand : class, IChatCommand
    {
        services.AddSingleton<TCommand>();
        services.AddSingleton<IChatCommand>(sp => sp.GetRequiredService<TCommand>());
        if (help is not null)
        {
            services.AddSingleton(new CommandHelp(name, help, order));
        }

        return services;
    }
}
