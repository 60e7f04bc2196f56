using Microsoft.AspNetCore.Diagnostics;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>ServiceNow-shaped answers for unknown API paths and unhandled errors on ServiceNow paths.</summary>
internal static class SnowFallbacks
{
    public static IEndpointRouteBuilder MapSnowFallbacks(this IEndpointRouteBuilder app)
    {
        app.Map("/api/now/{**rest}", () => SnowErrors.Error(StatusCodes.Status400BadRequest, "Requested URI does not represent any resource", null));
        return app;
    }

    /// <summary>Unhandled exceptions: the ServiceNow envelope on ServiceNow paths, ProblemDetails elsewhere.</summary>
    public static IApplicationBuilder UseSnowExceptionHandler(this IApplicationBuilder app) => app.UseExceptionHandler(error => error.Run(async context =>
    {
        if (context.Request.Path.StartsWithSegments("/api/now"))
        {
            await SnowErrors.Error(StatusCodes.Status500InternalServerError, "Internal server error", null).ExecuteAsync(context);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = context.Features.Get<IExceptionHandlerFeature>()?.Error });
    }));
}
