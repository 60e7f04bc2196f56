using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SnowChatOps.Bot.Hosting;

internal static class HealthEndpoints
{
    private const string Liveness = "/healthz";
    private const string Readiness = "/readyz";

    /// <summary>
    /// /healthz: every check (the App Service health probe; an instance failing it leaves the load balancer).
    /// /readyz: the checks tagged <see cref="HealthTags.Ready"/>, Table Storage and the key ring, for readiness probes
    /// (Container Apps, a deployment slot swap) that must not route traffic to an instance that cannot open secrets.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(Liveness);
        app.MapHealthChecks(Readiness, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return app;
    }

    /// <summary>True for the two probe paths: requests that are not a user's traffic.</summary>
    public static bool IsProbe(PathString path) => path.Equals(Liveness, StringComparison.OrdinalIgnoreCase) || path.Equals(Readiness, StringComparison.OrdinalIgnoreCase);
}
