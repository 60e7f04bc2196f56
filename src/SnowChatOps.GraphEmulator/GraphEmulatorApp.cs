using SnowChatOps.GraphEmulator.Api;
using SnowChatOps.GraphEmulator.Control;
using SnowChatOps.GraphEmulator.Data;

namespace SnowChatOps.GraphEmulator;

/// <summary>
/// Builds the emulator: Graph-shaped <c>/v1.0/security/*</c> and <c>checkMemberGroups</c> behind a bearer token, and the
/// <c>/_emulator/*</c> control API (clock, scores, faults, recorded PATCH bodies). Tests build it in-process on a free
/// port and may replace <see cref="TimeProvider"/> through <paramref name="configureServices"/>.
/// </summary>
internal static class GraphEmulatorApp
{
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // the request log is the control API's, not the console's
        builder.Services.AddOptions<GraphEmulatorOptions>().BindConfiguration(GraphEmulatorOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddProblemDetails();
        configureServices?.Invoke(builder.Services);
        builder.Services.AddGraphData();

        var app = builder.Build();
        app.UseMiddleware<BearerAuthentication>();
        app.MapSecurityApi();
        app.MapUsersApi();
        app.MapControlApi();
        app.MapGet("/", () => TypedResults.Text("SnowChatOps Graph emulator: /v1.0/security/secureScoreControlProfiles, /v1.0/security/secureScores, /_emulator/*"));
        return app;
    }
}
