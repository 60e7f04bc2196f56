using System.Diagnostics;
using System.Net.Http.Headers;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.LoadHarness;

/// <summary>A bot running as its own process on loopback, with the request bodies its simulated users post.</summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly ManagedProcess process;
    private readonly Uri serviceUrl;
    private readonly List<byte[]> bodies = [];

    private BotUnderTest(string name, ManagedProcess process, Uri messages, Uri serviceUrl)
    {
        Name = name;
        this.process = process;
        Messages = messages;
        this.serviceUrl = serviceUrl;
    }

    public string Name { get; }

    public Uri Messages { get; }

    /// <summary>From process start to the first answered "help" (HTTP 2xx after the reply reached the connector).</summary>
    public TimeSpan StartupToFirstAnswer { get; private set; }

    public int ProcessId => process.Id;

    public RssReading Rss() => ProcessMemory.Read(process.Id);

    /// <summary>User <paramref name="user"/>'s "help" message (built once per user, then reused).</summary>
    public byte[] BodyFor(int user)
    {
        while (bodies.Count <= user)
        {
            bodies.Add(TeamsActivities.Help(serviceUrl, bodies.Count));
        }

        return bodies[user];
    }

    public static HttpContent Content(byte[] body) => new ByteArrayContent(body) { Headers = { ContentType = Json } };

    public static async Task<BotUnderTest> StartAsync(
        BotLaunch launch, ConnectorStandIn connector, HttpClient http, string logDirectory, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var spec = new ProcessSpec(launch.Name, "dotnet", [launch.DllPath, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(launch.DllPath),
            Environment = launch.Environment(port),
            LogFile = Path.Combine(logDirectory, launch.Name + ".log"),
        };
        if (!File.Exists(launch.DllPath))
        {
            throw new FileNotFoundException($"{launch.DllPath} is missing: build SnowChatOps.sln in this configuration first.");
        }

        var started = Stopwatch.StartNew();
        var bot = new BotUnderTest(launch.Name, ManagedProcess.Start(spec), new Uri(url + "/api/messages"), connector.ServiceUrlFor(launch.Name));
        try
        {
            await bot.WaitForFirstAnswerAsync(connector, http, started, cancellationToken);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    private async Task WaitForFirstAnswerAsync(ConnectorStandIn connector, HttpClient http, Stopwatch started, CancellationToken cancellationToken)
    {
        var before = connector.Replies.Of(Name);
        while (started.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited during start-up:{Environment.NewLine}{process.Output.Tail()}");
            }

            try
            {
                using var content = Content(BodyFor(0));
                using var response = await http.PostAsync(Messages, content, cancellationToken);
                if (response.IsSuccessStatusCode && connector.Replies.Of(Name) > before)
                {
                    StartupToFirstAnswer = started.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer within {StartTimeout}:{Environment.NewLine}{process.Output.Tail()}");
    }
}
