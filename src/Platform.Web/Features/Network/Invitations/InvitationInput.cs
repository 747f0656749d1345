using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Platform.Web.Features.Network.Invitations;

public sealed class InvitationInput
{
    [Required(ErrorMessage = "Enter the email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "The email address can be at most 256 characters.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name of the person.")]
    [StringLength(150, ErrorMessage = "The name can be at most 150 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = "";

    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [Display(Name = "Partner organisation")]
    public Guid? PartnerOrganisationId { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<InvitationStatus>))]
public enum InvitationStatus
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}

public sealed record InvitationRow(
    Guid Id,
    string Email,
    string DisplayName,
    string Role,
    string? TeamName,
    string? PartnerName,
    InvitationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? RevokedAt);

/// <param name="EmailSent">False when the mail server refused the message; the invitation exists and can be resent.</param>
public sealed record InvitationSent(InvitationRow Invitation, bool EmailSent);

public static class InvitationRules
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static InvitationStatus StatusOf(Invitation i, DateTimeOffset now) =>
        i.AcceptedAt is not null ? InvitationStatus.Accepted
        : i.RevokedAt is not null ? InvitationStatus.Revoked
        : i.ExpiresAt <= now ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    public static InvitationRow RowOf(Invitation i, string? teamName, string? partnerName, DateTimeOffset now) =>
        new(i.Id, i.Email, i.DisplayName, i.Role, teamName, partnerName, StatusOf(i, now), i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt);
}
