namespace SnowChatOps.Bot.Hosting;

internal static class AppRunner
{
    /// <summary>Runs the app; configuration mistakes end it with one line for the operator and exit code 1.</summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception error) when (StartupFailure.TryDescribe(error, out var line))
        {
            await Console.Error.WriteLineAsync(line);
            return 1;
        }
    }
}
