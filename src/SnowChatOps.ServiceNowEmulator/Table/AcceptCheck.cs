using Microsoft.Net.Http.Headers;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// Endpoint filter: ServiceNow answers 406 when the Accept header names no format it produces.
/// The emulator only produces JSON, so application/xml is also refused here (a real instance would answer XML).
/// </summary>
internal sealed class AcceptCheck : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var accept = context.HttpContext.Request.Headers.Accept.ToString();
        if (accept.Length == 0 || !MediaTypeHeaderValue.TryParseList([accept], out var types) || types.Any(Acceptable))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(SnowErrors.Error(StatusCodes.Status406NotAcceptable,
            "Requested response content type is not supported", $"Accept: {accept}"));
    }

    private static bool Acceptable(MediaTypeHeaderValue type) =>
        type.MediaType.Value is "*/*" or "application/*" or "application/json";
}
