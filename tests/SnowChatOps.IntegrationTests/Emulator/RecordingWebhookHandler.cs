using System.Net;
using System.Threading.Channels;

namespace SnowChatOps.IntegrationTests.Emulator;

/// <summary>The webhook receiver edge: records each delivery and answers with queued status codes (200 when none queued).</summary>
internal sealed class RecordingWebhookHandler : HttpMessageHandler
{
    private readonly Channel<RecordedWebhook> received = Channel.CreateUnbounded<RecordedWebhook>();
    private readonly Queue<HttpStatusCode> answers = new();
    private readonly Lock gate = new();

    public void AnswerNext(HttpStatusCode status)
    {
        lock (gate)
        {
            answers.Enqueue(status);
        }
    }

    public async Task<RecordedWebhook> NextAsync(CancellationToken ct) => await received.Reader.ReadAsync(ct);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        HttpStatusCode status;
        lock (gate)
        {
            status = answers.Count > 0 ? answers.Dequeue() : HttpStatusCode.OK;
        }

        received.Writer.TryWrite(new RecordedWebhook(request.RequestUri!, headers, body, status));
        return new HttpResponseMessage(status);
    }
}
