using System.Diagnostics;
using System.Text.Json;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.TestSupport.Cards;

/// <summary>
/// Validates Adaptive Card JSON with the official JS parser through <c>node tools/cards/validate-cards.js</c>
/// (parse errors and warnings, version above 1.5, properties the parser does not know). Needs <c>npm ci</c>.
/// </summary>
public static class AdaptiveCardValidator
{
    /// <summary>
    /// Writes each (name, json) card to a temp folder, validates them all in one node run, and returns each card's errors
    /// (empty list = valid). Names become file names: letters, digits, '-', '_' and '.' only, unique.
    /// </summary>
    public static async Task<CardValidationReport> ValidateAsync(
        IEnumerable<(string Name, string Json)> cards, CancellationToken cancellationToken)
    {
        var dir = Directory.CreateTempSubdirectory("snowchatops-cards-").FullName;
        try
        {
            foreach (var (name, json) in cards)
            {
                await File.WriteAllTextAsync(Path.Combine(dir, FileNameFor(name)), json, cancellationToken);
            }

            return await ValidateDirectoryAsync(dir, cancellationToken);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Validates every <c>*.json</c> file in <paramref name="directory"/>; keys of the report are file names without <c>.json</c>.</summary>
    public static async Task<CardValidationReport> ValidateDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        AzuriteProcess.RequireNodeModules();
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepoPaths.Combine("tools", "cards", "validate-cards.js"));
        info.ArgumentList.Add(directory);
        info.ArgumentList.Add("--json");
        using var node = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = node.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        if (node.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-cards.js exited {node.ExitCode}: {await stderr}{await stdout}");
        }

        var entries = JsonSerializer.Deserialize<List<Entry>>(await stdout, JsonSerializerOptions.Web) ?? [];
        return new CardValidationReport(entries.ToDictionary(e => Path.GetFileNameWithoutExtension(e.File), e => (IReadOnlyList<string>)e.Errors));
    }

    private static string FileNameFor(string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException($"Card name '{name}' must be non-empty and use only letters, digits, '-', '_' and '.'.", nameof(name));
        }

        return name + ".json";
    }

    private sealed record Entry(string File, List<string> Errors);
}
