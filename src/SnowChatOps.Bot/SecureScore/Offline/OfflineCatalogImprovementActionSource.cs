using System.Text.Json;
using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.SecureScore.Graph;

namespace SnowChatOps.Bot.SecureScore.Offline;

/// <summary>
/// Serves the control-profile catalog shipped inside the app (a Graph-shaped response page), for development and
/// tenants without Graph access. The same catalog answers every tenant.
/// </summary>
internal sealed class OfflineCatalogImprovementActionSource : IImprovementActionSource
{
    public const string ResourceName = "SnowChatOps.Bot.SecureScore.Catalog.secure-score-control-profiles.json";

    private readonly Lazy<IReadOnlyList<ImprovementAction>> catalog;

    public OfflineCatalogImprovementActionSource(ILogger<OfflineCatalogImprovementActionSource> logger) =>
        catalog = new Lazy<IReadOnlyList<ImprovementAction>>(() => Load(logger));

    public Task<IReadOnlyList<ImprovementAction>> GetAllAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(catalog.Value);
    }

    internal static ControlProfilePageDto ReadPage()
    {
        using var stream = typeof(OfflineCatalogImprovementActionSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return JsonSerializer.Deserialize(stream, SecureScoreJsonContext.Default.ControlProfilePageDto)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
    }

    private static IReadOnlyList<ImprovementAction> Load(ILogger logger)
    {
        var actions = ControlProfileMapper.ToImprovementActions(ReadPage().Value ?? [], logger).ToArray();
        logger.OfflineCatalogLoaded(actions.Length);
        return actions;
    }
}
