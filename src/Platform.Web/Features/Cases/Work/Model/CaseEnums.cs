namespace Platform.Web.Features.Cases.Work;

/// <summary>Where a case is in the programme. Transitions are checked by <see cref="CaseStateMachine"/>.</summary>
public enum CaseStage
{
    Referred = 0,
    Eligible = 1,
    Enrolled = 2,
    Completed = 3,
    DroppedOut = 4,
    Closed = 5,
}

public enum ReferralSourceType
{
    Police = 0,
    Prosecutor = 1,
    School = 2,
    Parent = 3,
    Self = 4,
    TakedownOperation = 5,
}

/// <summary>Categories of data subject, Law Enforcement Directive Art. 6.</summary>
public enum DataSubjectCategory
{
    Suspect = 0,
    Convicted = 1,
    Victim = 2,
    OtherParty = 3,
}

/// <summary>Computer Misuse Act / Budapest Convention style offence taxonomy.</summary>
public enum CaseOffenceType
{
    UnauthorisedAccess = 0,
    DdosForHire = 1,
    Malware = 2,
    AccountTakeover = 3,
    DataTheft = 4,
    PhishingFraud = 5,
    CheatingModding = 6,
    Other = 7,
}

/// <summary>Law Enforcement Directive Art. 7: facts kept apart from personal assessments.</summary>
public enum StatementKind
{
    Fact = 0,
    Assessment = 1,
}

public enum AgeBand
{
    Unknown = 0,
    Under12 = 1,
    From12To15 = 2,
    From16To17 = 3,
    From18To23 = 4,
    From24To30 = 5,
    Over30 = 6,
}

public enum CaseClosureReason
{
    NotEligible = 0,
    FollowUpFinished = 1,
    ConsentRefused = 2,
    Withdrawn = 3,
    Other = 4,
}
