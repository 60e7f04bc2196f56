namespace SnowChatOps.TestSupport;

/// <summary>Well-known locations in the repository, found by walking up to <c>SnowChatOps.sln</c>.</summary>
public static class RepoPaths
{
    private const string SolutionFile = "SnowChatOps.sln";
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root (the folder holding <c>SnowChatOps.sln</c>).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>node_modules</c> at the repository root (created by <c>npm ci</c>).</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary><c>node_modules/.bin</c>: the npm bin shims (azurite-table, agentsplayground).</summary>
    public static string NodeModulesBin => Path.Combine(NodeModules, ".bin");

    /// <summary>The Node preload that binds the Agents Playground to loopback (it has no host option).</summary>
    public static string PlaygroundLoopbackPreload => Combine("tools", "playground", "listen-on-loopback.cjs");

    /// <summary>The git-ignored folder for run artefacts (logs, screenshots).</summary>
    public static string Artifacts => Path.Combine(Root, ".artifacts");

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find {SolutionFile} above {AppContext.BaseDirectory}; run tests from inside the repository.");
    }
}
