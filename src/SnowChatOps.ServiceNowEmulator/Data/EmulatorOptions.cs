using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>Top-level emulator settings (section <c>Emulator</c>).</summary>
public sealed class EmulatorOptions
{
    public const string Section = "Emulator";

    /// <summary>Optional JSON file the table state is loaded from at start and saved to after each write.</summary>
    public string? DataFile { get; init; }

    /// <summary>Enables <c>/_emulator/*</c>. Null means: on in Development, off elsewhere.</summary>
    public bool? ControlApi { get; init; }

    /// <summary>
    /// The instance URL the emulator names in webhook bodies (no request at hand there). Null means the first address
    /// the server listens on, so a test host on a random port reports itself correctly.
    /// </summary>
    [Url]
    public string? InstanceUrl { get; init; }
}
