namespace Platform.Web.Features.Cases.Work;

public enum CaseAction
{
    RecordEligibility = 0,
    RecordConsent = 1,
    Enrol = 2,
    PlanModules = 3,
    RecordSession = 4,
    Complete = 5,
    DropOut = 6,
    RecordFollowUp = 7,
    Close = 8,
    AddNote = 9,
}

/// <summary>Which step may happen in which stage; every handler asks here before changing a case.</summary>
public static class CaseStateMachine
{
    private static readonly Dictionary<CaseAction, (CaseStage[] From, string Refusal)> Rules = new()
    {
        [CaseAction.RecordEligibility] = ([CaseStage.Referred], "Eligibility can only be decided for a referred case that has no decision yet."),
        [CaseAction.RecordConsent] = ([CaseStage.Eligible, CaseStage.Enrolled], "Consent can only be recorded for an eligible or enrolled case."),
        [CaseAction.Enrol] = ([CaseStage.Eligible], "Only an eligible case can be enrolled."),
        [CaseAction.PlanModules] = ([CaseStage.Enrolled], "Modules can only be planned for an enrolled case."),
        [CaseAction.RecordSession] = ([CaseStage.Enrolled], "Sessions can only be recorded for an enrolled case."),
        [CaseAction.Complete] = ([CaseStage.Enrolled], "Only an enrolled case can be completed."),
        [CaseAction.DropOut] = ([CaseStage.Eligible, CaseStage.Enrolled], "Only an eligible or enrolled case can drop out."),
        [CaseAction.RecordFollowUp] = ([CaseStage.Completed, CaseStage.DroppedOut], "Follow-ups are recorded after completion or drop-out, before the case is closed."),
        [CaseAction.Close] = ([CaseStage.Referred, CaseStage.Eligible, CaseStage.Completed, CaseStage.DroppedOut], "This case is already closed or still in the programme (complete it or record the drop-out first)."),
        [CaseAction.AddNote] = ([CaseStage.Referred, CaseStage.Eligible, CaseStage.Enrolled, CaseStage.Completed, CaseStage.DroppedOut], "A closed case takes no new notes."),
    };

    public static bool Allows(CaseStage stage, CaseAction action) => Rules[action].From.Contains(stage);

    /// <summary>Null when allowed; otherwise the English explanation (a localizer key).</summary>
    public static string? Check(CaseStage stage, CaseAction action) => Allows(stage, action) ? null : Rules[action].Refusal;

    public static IEnumerable<CaseAction> AllowedIn(CaseStage stage) => Rules.Where(r => r.Value.From.Contains(stage)).Select(r => r.Key);
}
