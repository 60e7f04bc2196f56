namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary><c>sysparm_display_value</c>: false (stored values), true (display values), all (both).</summary>
internal enum DisplayMode
{
    Value,
    Display,
    All,
}
