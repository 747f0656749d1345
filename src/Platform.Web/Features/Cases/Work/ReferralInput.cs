using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Cases.Work;

public sealed class ReferralInput
{
    /// <summary>The anonymous enquiry this referral follows, if any.</summary>
    public Guid? EnquiryId { get; set; }

    [Display(Name = "Programme")]
    [Required(ErrorMessage = "Choose the programme.")]
    public string ProgrammeKey { get; set; } = "";

    [Display(Name = "Referred by")]
    public ReferralSourceType ReferralSource { get; set; }

    [Display(Name = "Referring organisation")]
    [StringLength(200, ErrorMessage = "Keep the organisation to 200 characters or fewer.")]
    public string? ReferrerOrganisation { get; set; }

    [Display(Name = "Category of person (LED Art. 6)")]
    public DataSubjectCategory DataSubjectCategory { get; set; }

    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the young person's name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    public string Name { get; set; } = "";

    [Display(Name = "Date of birth")]
    [Required(ErrorMessage = "Enter the date of birth.")]
    public DateOnly? DateOfBirth { get; set; }

    [Display(Name = "Contact (phone or email)")]
    [StringLength(200, ErrorMessage = "Keep the contact to 200 characters or fewer.")]
    public string? Contact { get; set; }

    [Display(Name = "Guardian's name")]
    [StringLength(200, ErrorMessage = "Keep the guardian's name to 200 characters or fewer.")]
    public string? GuardianName { get; set; }

    [Display(Name = "Guardian's contact")]
    [StringLength(200, ErrorMessage = "Keep the guardian's contact to 200 characters or fewer.")]
    public string? GuardianContact { get; set; }

    [Display(Name = "Offence type")]
    public CaseOffenceType OffenceType { get; set; }

    [Display(Name = "Offence date")]
    public DateOnly? OffenceDate { get; set; }

    [Display(Name = "Offence description")]
    [StringLength(4000, ErrorMessage = "Keep the description to 4000 characters or fewer.")]
    public string? OffenceDescription { get; set; }

    [Display(Name = "This description states")]
    public StatementKind OffenceDescriptionKind { get; set; }
}
