using System.Net;
using System.Text;

namespace SnowChatOps.Tests.SecureScore;

/// <summary>Terminal handler that answers queued responses in order; a request with nothing queued fails the test.</summary>
internal sealed class QueueHttpHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> responses = new();

    public List<Uri> Requests { get; } = [];

    public QueueHttpHandler Returns(string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        responses.Enqueue((status, json));
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request.RequestUri!);
        Assert.True(responses.Count > 0, $"Unexpected request {request.Method} {request.RequestUri}");
        var (status, body) = responses.Dequeue();
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
    }
}
