using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Contact.Actions;

/// <summary>An officer's decision for one person or a selection: the kind of action and the reason or notes.</summary>
public sealed class DecisionInput
{
    [Display(Name = "Decision")]
    public ContactActionKind Kind { get; set; }

    /// <summary>Template language for emails and letters; the country's default when empty.</summary>
    [StringLength(8)]
    public string? Language { get; set; }

    [Display(Name = "Reason for no action")]
    public NoActionReason? Reason { get; set; }

    [Display(Name = "Notes")]
    [StringLength(ContactAction.NotesLength, ErrorMessage = "Keep the notes to 2000 characters or fewer.")]
    public string? Notes { get; set; }

    [Display(Name = "Planned date")]
    public DateOnly? PlannedOn { get; set; }
}

public static class NoActionReasons
{
    public static string Label(NoActionReason reason) => reason switch
    {
        NoActionReason.MinorWithoutGuardianContact => "Minor without guardian contact",
        NoActionReason.InsufficientEvidence => "Insufficient evidence",
        NoActionReason.NoContactDetails => "No contact details",
        NoActionReason.OutOfScope => "Out of scope",
        _ => "Other (explain in the notes)",
    };
}

public static class ContactLabels
{
    public static string Kind(ContactActionKind kind) => kind switch
    {
        ContactActionKind.WarningEmail => "Warning email",
        ContactActionKind.Letter => "Letter",
        ContactActionKind.Visit => "Visit (knock and talk)",
        ContactActionKind.Referral => "Referral into Cases",
        _ => "No action",
    };

    public static string State(ContactState state) => state switch
    {
        ContactState.Undecided => "Not yet decided",
        ContactState.Planned => "Action planned",
        ContactState.Contacted => "Contacted",
        _ => "No action",
    };

    public static string Status(ContactActionStatus status) => status switch
    {
        ContactActionStatus.Planned => "Planned",
        ContactActionStatus.Sending => "Sending",
        ContactActionStatus.Done => "Done",
        _ => "Failed",
    };

    public static string Outcome(ContactOutcomeKind kind) => kind switch
    {
        ContactOutcomeKind.Delivered => "Delivered",
        ContactOutcomeKind.Bounced => "Bounced",
        ContactOutcomeKind.Responded => "Responded",
        ContactOutcomeKind.VisitDone => "Visit done",
        ContactOutcomeKind.NotFound => "Not found",
        ContactOutcomeKind.Referred => "Referred",
        ContactOutcomeKind.Denied => "Denied",
        ContactOutcomeKind.IdentityMisuseClaimed => "Identity misuse claimed",
        _ => "Letter printed",
    };

    public static string Evidence(EvidenceKind kind) => kind switch
    {
        EvidenceKind.LinkSharedEmail => "Link: same email address",
        EvidenceKind.LinkSharedPayer => "Link: same payer",
        EvidenceKind.LinkSharedCryptoAddress => "Link: same crypto address",
        EvidenceKind.LinkSharedPhone => "Link: same phone number",
        EvidenceKind.IpCountry => "IP address location",
        EvidenceKind.EmailCountryDomain => "Email country domain",
        EvidenceKind.PaymentCountry => "Payment country",
        EvidenceKind.PhonePrefix => "Phone country code",
        _ => "Analyst's decision",
    };
}
