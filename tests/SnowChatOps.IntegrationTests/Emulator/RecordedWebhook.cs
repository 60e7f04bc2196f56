using System.Net;

namespace SnowChatOps.IntegrationTests.Emulator;

internal sealed record RecordedWebhook(Uri Url, IReadOnlyDictionary<string, string> Headers, string Body, HttpStatusCode AnsweredWith);
