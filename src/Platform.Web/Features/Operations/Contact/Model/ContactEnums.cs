namespace Platform.Web.Features.Operations.Contact.Model;

/// <summary>What an officer decided to do about one account holder (research §7 step 6).</summary>
public enum ContactActionKind
{
    WarningEmail,
    Letter,
    Visit,
    Referral,
    NoAction,
}

/// <summary>Planned: decided, not carried out yet. Sending: an email handed to the sender job. Done / Failed: carried out.</summary>
public enum ContactActionStatus
{
    Planned,
    Sending,
    Done,
    Failed,
}

/// <summary>Why an officer decided not to contact a person (research §7 step 7); recorded so selection can be modelled later.</summary>
public enum NoActionReason
{
    MinorWithoutGuardianContact,
    InsufficientEvidence,
    NoContactDetails,
    OutOfScope,
    Other,
}

/// <summary>What happened after an action, time-stamped; a person can collect several.</summary>
public enum ContactOutcomeKind
{
    Delivered,
    Bounced,
    Responded,
    VisitDone,
    NotFound,
    Referred,
    Denied,
    IdentityMisuseClaimed,
    LetterPrinted,
}

/// <summary>The officer's filter on where a person stands; derived from the actions, never stored.</summary>
public enum ContactState
{
    Undecided,
    Planned,
    Contacted,
    NoAction,
}
