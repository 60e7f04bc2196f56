namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>How <see cref="ShareService.SubmitAsync"/> answered a press.</summary>
internal enum ShareResultKind
{
    /// <summary>This press ran the submission; <see cref="ShareResult.Outcome"/> says how it ended.</summary>
    Ran,

    /// <summary>The submission was seen before (a double click, a retried invoke); its current state, nothing redone.</summary>
    Repeated,

    /// <summary>The form has errors: show it again with them.</summary>
    Invalid,

    /// <summary>Another user's submission: refused, nothing changed.</summary>
    NotOwner,

    /// <summary>The card no longer matches anything we hold.</summary>
    Stale,

    /// <summary>Cancel on a form that sent nothing: nothing was stored or sent.</summary>
    Cancelled,
}
