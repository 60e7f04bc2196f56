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

    /// <summary>The instance URL this emulator claims to be (used in reference links only when no request is at hand, e.g. webhooks).</summary>
    [Required, Url]
    public string InstanceUrl { get; init; } = "http://127.0.0.1:5080";
}
