using Microsoft.Extensions.Localization;

namespace Platform.Web.Features.Cases.Work;

/// <summary>Localized labels of the case enums; literal keys so the translation check sees every one of them.</summary>
public static class CaseLabels
{
    public static string Stage(IStringLocalizer L, CaseStage stage) => stage switch
    {
        CaseStage.Referred => L["Referred"],
        CaseStage.Eligible => L["Eligible"],
        CaseStage.Enrolled => L["Enrolled"],
        CaseStage.Completed => L["Completed"],
        CaseStage.DroppedOut => L["Dropped out"],
        _ => L["Closed"],
    };

    public static string Source(IStringLocalizer L, ReferralSourceType source) => source switch
    {
        ReferralSourceType.Police => L["Police"],
        ReferralSourceType.Prosecutor => L["Prosecutor"],
        ReferralSourceType.School => L["School"],
        ReferralSourceType.Parent => L["Parent or carer"],
        ReferralSourceType.Self => L["The young person"],
        _ => L["Takedown operation"],
    };

    public static string AgeBand(IStringLocalizer L, AgeBand band) => band switch
    {
        Work.AgeBand.Under12 => L["Under 12"],
        Work.AgeBand.From12To15 => L["12 to 15"],
        Work.AgeBand.From16To17 => L["16 or 17"],
        Work.AgeBand.From18To23 => L["18 to 23"],
        Work.AgeBand.From24To30 => L["24 to 30"],
        Work.AgeBand.Over30 => L["Over 30"],
        _ => L["Not known"],
    };

    public static string Category(IStringLocalizer L, DataSubjectCategory category) => category switch
    {
        DataSubjectCategory.Suspect => L["Suspect"],
        DataSubjectCategory.Convicted => L["Convicted"],
        DataSubjectCategory.Victim => L["Victim"],
        _ => L["Other party"],
    };

    public static string Offence(IStringLocalizer L, CaseOffenceType offence) => offence switch
    {
        CaseOffenceType.UnauthorisedAccess => L["Unauthorised access"],
        CaseOffenceType.DdosForHire => L["DDoS (for hire)"],
        CaseOffenceType.Malware => L["Malware"],
        CaseOffenceType.AccountTakeover => L["Account takeover"],
        CaseOffenceType.DataTheft => L["Data theft"],
        CaseOffenceType.PhishingFraud => L["Phishing or fraud"],
        CaseOffenceType.CheatingModding => L["Game cheats or modding"],
        _ => L["Other"],
    };

    public static string Statement(IStringLocalizer L, StatementKind kind) =>
        kind == StatementKind.Fact ? L["Facts"] : L["An assessment"];

    public static string Criterion(IStringLocalizer L, CriterionResultValue result) => result switch
    {
        CriterionResultValue.Met => L["Met"],
        CriterionResultValue.NotMet => L["Not met"],
        _ => L["Unknown"],
    };

    public static string Outcome(IStringLocalizer L, EligibilityOutcome outcome) =>
        outcome == EligibilityOutcome.Eligible ? L["Eligible"] : L["Not eligible"];

    public static string Person(IStringLocalizer L, ConsentPerson person) =>
        person == ConsentPerson.YoungPerson ? L["Young person"] : L["Guardian"];

    public static string Consent(IStringLocalizer L, ConsentStatus status) => status switch
    {
        ConsentStatus.Given => L["Given"],
        ConsentStatus.Refused => L["Refused"],
        _ => L["Withdrawn"],
    };

    public static string Scope(IStringLocalizer L, string scope) => scope switch
    {
        "participation" => L["Participation in the programme"],
        "partner-assignment" => L["Assignment at a partner organisation"],
        "evaluation-follow-up" => L["Follow-up checks for evaluation"],
        _ => scope,
    };

    public static string Session(IStringLocalizer L, SessionStatus status) => status switch
    {
        SessionStatus.Scheduled => L["Scheduled"],
        SessionStatus.Delivered => L["Delivered"],
        SessionStatus.Missed => L["Missed"],
        _ => L["Cancelled"],
    };

    public static string FollowUp(IStringLocalizer L, FollowUpOutcome? outcome) => outcome switch
    {
        null => L["Not recorded yet"],
        FollowUpOutcome.NoNewOffenceKnown => L["No new offence known"],
        FollowUpOutcome.NewOffenceReported => L["New offence reported"],
        FollowUpOutcome.Unknown => L["Unknown"],
        _ => L["Could not be checked"],
    };

    public static string Task(IStringLocalizer L, CaseTaskKind kind) => kind switch
    {
        CaseTaskKind.FirstContact => L["First contact"],
        CaseTaskKind.SessionReminder => L["Session reminder"],
        CaseTaskKind.FollowUp => L["Follow-up check"],
        _ => L["Task"],
    };

    public static string Closure(IStringLocalizer L, CaseClosureReason reason) => reason switch
    {
        CaseClosureReason.NotEligible => L["Not eligible"],
        CaseClosureReason.FollowUpFinished => L["Follow-up finished"],
        CaseClosureReason.ConsentRefused => L["Consent refused"],
        CaseClosureReason.Withdrawn => L["Withdrawn"],
        _ => L["Other"],
    };

    public static string Action(IStringLocalizer L, CaseAction action) => action switch
    {
        CaseAction.RecordEligibility => L["Record eligibility"],
        CaseAction.RecordConsent => L["Record consent"],
        CaseAction.Enrol => L["Enrol"],
        CaseAction.PlanModules => L["Plan a module"],
        CaseAction.RecordSession => L["Record a session"],
        CaseAction.Complete => L["Record completion"],
        CaseAction.DropOut => L["Record drop-out"],
        CaseAction.RecordFollowUp => L["Record a follow-up"],
        CaseAction.Close => L["Close the case"],
        _ => L["Add a note"],
    };
}
