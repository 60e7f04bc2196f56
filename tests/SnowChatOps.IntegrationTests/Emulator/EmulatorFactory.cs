using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.ServiceNowEmulator.Webhooks;

namespace SnowChatOps.IntegrationTests.Emulator;

/// <summary>The emulator in-process, with fake time and a recording webhook edge.</summary>
public sealed class EmulatorFactory : WebApplicationFactory<EmulatorEntryPoint>
{
    public const string WebhookUrl = "http://bot.test/api/servicenow/events";
    public const string WebhookSecret = "test-webhook-secret";
    public const string Callback = "http://127.0.0.1:3978/oauth/servicenow/callback";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero));

    internal RecordingWebhookHandler Webhooks { get; } = new();

    public string Environment { get; init; } = "Development";

    /// <summary>Use the system clock instead of <see cref="Time"/> (for latency and retry backoff, which wait on real timers).</summary>
    public bool UseRealTime { get; init; }

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Emulator:ControlApi"] = "true",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Emulator:Webhook:Url"] = WebhookUrl,
        ["Emulator:Webhook:Secret"] = WebhookSecret,
    };

    private static readonly Lock KestrelStart = new();

    /// <summary>
    /// Creates and starts an emulator on Kestrel, retrying with a fresh factory when WebApplicationFactory's Kestrel
    /// start path fails with its known intermittent "Addresses cannot be modified after the server has started"
    /// (a race inside the framework's test host, before any request is made).
    /// </summary>
    public static (EmulatorFactory Emulator, Uri Address) StartNewOnKestrel(Func<EmulatorFactory> create)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var emulator = create();
            try
            {
                return (emulator, emulator.StartOnKestrelOnce());
            }
            catch (InvalidOperationException ex) when (attempt < attempts && ex.Message.Contains("cannot be modified after the server has started", StringComparison.Ordinal))
            {
                emulator.Dispose();
            }
        }
    }

    /// <summary>
    /// Starts the emulator on a real loopback port and returns its base address. WebApplicationFactory finds the
    /// app's host through a process-wide listener, so Kestrel starts are serialized.
    /// </summary>
    private Uri StartOnKestrelOnce()
    {
        lock (KestrelStart)
        {
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
        }
    }

    public HttpClient Integration() => As("m365.integration", "Integration#2026");

    public HttpClient As(string user, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client;
    }

    /// <summary>A cookie-keeping client that does not follow redirects, like a browser under test control.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(UseRealTime ? TimeProvider.System : Time);
            services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => Webhooks);
        });
    }
}
