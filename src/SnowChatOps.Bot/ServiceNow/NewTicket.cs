using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>A ticket SnowChatOps asks ServiceNow to create. <see cref="CorrelationId"/> must be unique per submission.</summary>
internal sealed record NewTicket
{
    public const string DefaultCorrelationDisplay = "Microsoft 365 Security and Configuration Change Request";

    public required TicketTable Table { get; init; }

    [Required, MaxLength(160)] public required string ShortDescription { get; init; }

    [MaxLength(4000)] public string? Description { get; init; }

    /// <summary>1 Critical .. 5 Planning. On incident it is written as impact + urgency.</summary>
    [Range(1, 5)] public required int Priority { get; init; }

    public DateTimeOffset? DueDate { get; init; }

    [Required, MaxLength(100)] public required string CorrelationId { get; init; }

    [MaxLength(100)] public string CorrelationDisplay { get; init; } = DefaultCorrelationDisplay;

    /// <summary>Display name plus Azure AD object id of the Teams user.</summary>
    [Required, MaxLength(255)] public required string InitiatedBy { get; init; }

    public RecommendationSource? RecommendationSource { get; init; }

    public RecommendationCategory? RecommendationCategory { get; init; }

    /// <summary>Secure Score control id.</summary>
    [MaxLength(100)] public string? ActionId { get; init; }
}
