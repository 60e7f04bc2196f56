using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace SnowChatOps.Tests.ServiceNow.Fakes;

/// <summary>
/// Terminal handler serving queued responses in order. Each expectation names method and path; an unexpected or
/// unmatched request fails the test (the exception surfaces through the client).
/// </summary>
internal sealed class StrictQueueHandler : HttpMessageHandler
{
    private readonly Queue<(HttpMethod Method, string Path, Func<HttpRequestMessage, HttpResponseMessage> Respond)> expected = new();

    public List<(HttpRequestMessage Request, string? Body)> Received { get; } = [];

    public int Pending => expected.Count;

    public StrictQueueHandler Expect(HttpMethod method, string path, HttpStatusCode status, string? fixture = null, Action<HttpResponseMessage>? headers = null)
    {
        expected.Enqueue((method, path, _ =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(fixture is null ? string.Empty : Fixture(fixture), Encoding.UTF8, "application/json"),
            };
            headers?.Invoke(response);
            return response;
        }));
        return this;
    }

    public StrictQueueHandler ExpectFailure(HttpMethod method, string path, Exception error)
    {
        expected.Enqueue((method, path, _ => throw error));
        return this;
    }

    public static string Fixture(string name, [CallerFilePath] string thisFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", name));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        (HttpMethod Method, string Path, Func<HttpRequestMessage, HttpResponseMessage> Respond) next;
        lock (expected)
        {
            Received.Add((request, body));
            if (!expected.TryDequeue(out next))
            {
                throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");
            }
        }

        if (next.Method != request.Method || request.RequestUri?.AbsolutePath != next.Path)
        {
            throw new InvalidOperationException($"Expected {next.Method} {next.Path} but got {request.Method} {request.RequestUri}");
        }

        var response = next.Respond(request);
        response.RequestMessage = request;
        return response;
    }
}
