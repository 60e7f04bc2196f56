namespace SnowChatOps.TestSupport.Emulator;

/// <summary>How the emulators' control API clients fail: with the method, path, status and the emulator's problem text.</summary>
internal static class ControlApiResponse
{
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var request = response.RequestMessage;
            throw new HttpRequestException(
                $"{request?.Method} {request?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {detail}", null, response.StatusCode);
        }
    }
}
