using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Questions;

public static class QuestionRules
{
    public const int MaxLength = 4000;

    /// <summary>Each question mails the owning team: a cap per member and hour keeps a mistake or a script from flooding them.</summary>
    public const int MaxPerHour = 20;
}

/// <summary>Policies of the Q&amp;A part.</summary>
public static class QuestionPolicies
{
    /// <summary>Country admins and prevention officers of an agency, two factors: answer questions to their agency.</summary>
    public const string Answerer = "Knowledge.QuestionAnswerer";

    public static IServiceCollection AddQuestionPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Answerer, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.PreventionOfficer)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}

/// <summary>Who asks or answers: the share viewer (for intervention visibility) plus whether they edit for their agency.</summary>
public sealed record QuestionActor(ShareViewer Viewer, bool IsAgencyEditor)
{
    public string MemberId => Viewer.MemberId ?? "";

    public static QuestionActor From(ClaimsPrincipal user) => new(
        ShareViewer.From(user),
        user.IsInRole(Roles.CountryAdmin) || user.IsInRole(Roles.PreventionOfficer));

    public bool CanAnswerFor(string ownerAgencyCode) => IsAgencyEditor && Viewer.BelongsTo(ownerAgencyCode);
}

public sealed class QuestionInput
{
    [Required(ErrorMessage = "Enter your question.")]
    [StringLength(QuestionRules.MaxLength, MinimumLength = 10, ErrorMessage = "Enter a question of 10 to 4000 characters.")]
    public string Text { get; set; } = "";
}

public sealed class AnswerInput
{
    [Required(ErrorMessage = "Enter your answer.")]
    [StringLength(QuestionRules.MaxLength, MinimumLength = 2, ErrorMessage = "Enter an answer of at most 4000 characters.")]
    public string Text { get; set; } = "";
}

public sealed record QuestionView(
    Guid Id,
    Guid InterventionId,
    string InterventionName,
    string InterventionSlug,
    string OwnerAgencyCode,
    string Text,
    string AskedByName,
    string? AskedByAgencyCode,
    DateTimeOffset AskedAt,
    string? Answer,
    string? AnsweredByName,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ResolvedAt,
    bool CanAnswer,
    bool CanResolve);
