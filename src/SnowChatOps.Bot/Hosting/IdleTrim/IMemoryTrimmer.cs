namespace SnowChatOps.Bot.Hosting.IdleTrim;

/// <summary>Gives the GC's unused memory back to the operating system (the runtime edge; tests count the calls).</summary>
internal interface IMemoryTrimmer
{
    /// <summary>Trims and returns the GC's committed bytes before and after.</summary>
    (long Before, long After) Trim();
}
