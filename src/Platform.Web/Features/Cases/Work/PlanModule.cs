using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class PlanModuleInput
{
    public int Version { get; set; }

    [Display(Name = "Module")]
    [Required(ErrorMessage = "Choose a module.")]
    public string ModuleKey { get; set; } = "";

    [Display(Name = "Why this module for this young person")]
    [Required(ErrorMessage = "Give the reason for choosing this module.")]
    [StringLength(2000, ErrorMessage = "Keep the reason to 2000 characters or fewer.")]
    public string Reason { get; set; } = "";

    [Display(Name = "Partner coach")]
    public string? PartnerCoachMemberId { get; set; }

    [Display(Name = "Brief for the coach")]
    [StringLength(4000, ErrorMessage = "Keep the brief to 4000 characters or fewer.")]
    public string? AssignmentBrief { get; set; }
}

/// <summary>Adds a module of the programme version to the case plan, with the officer's reason and planned dosage.</summary>
public sealed class PlanModuleHandler(AppDbContext db, CaseEditor editor, PartnerCoaches coaches, IAuditLog audit)
{
    public async Task<CaseOutcome<PlannedModule>> HandleAsync(CaseActor actor, Guid caseId, PlanModuleInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        if (@case is null)
        {
            return CaseOutcome.NotFound<PlannedModule>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<PlannedModule>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.PlanModules) is { } refusal)
        {
            return CaseOutcome.Invalid<PlannedModule>("", refusal);
        }

        var errors = CaseOutcome.Validate(input);
        var rules = await editor.RulesAsync(@case, cancellationToken);
        var module = rules.Definition.Modules.FirstOrDefault(m => m.Key == input.ModuleKey);
        if (module is null && errors.Count == 0)
        {
            errors[nameof(input.ModuleKey)] = ["Choose a module of this programme."];
        }
        else if (await db.PlannedModules.AnyAsync(m => m.CaseId == caseId && m.ModuleKey == input.ModuleKey, cancellationToken))
        {
            errors[nameof(input.ModuleKey)] = ["This module is already in the plan."];
        }

        var coach = string.IsNullOrWhiteSpace(input.PartnerCoachMemberId) ? null : input.PartnerCoachMemberId.Trim();
        if (coach is not null && (module?.Kind != Programmes.ModuleKind.Assignment
            || !await coaches.IsEligibleAsync(@case.AgencyCode, coach, cancellationToken)))
        {
            errors[nameof(input.PartnerCoachMemberId)] = ["A partner coach can only supervise an assignment module and must be a member of a partner of your agency."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<PlannedModule>(errors);
        }

        var planned = new PlannedModule
        {
            AgencyCode = @case.AgencyCode,
            CaseId = @case.Id,
            ModuleKey = module!.Key,
            ModuleName = module.Name,
            IsAssignment = module.Kind == Programmes.ModuleKind.Assignment,
            PlannedSessions = module.Sessions,
            PlannedMinutes = module.Sessions * module.MinutesPerSession,
            FidelityItems = [.. module.FidelityItems],
            Reason = input.Reason.Trim(),
            PartnerCoachMemberId = coach,
            AssignmentBrief = string.IsNullOrWhiteSpace(input.AssignmentBrief) ? null : input.AssignmentBrief.Trim(),
            PlannedById = actor.MemberId,
            PlannedAt = editor.Now,
        };
        db.PlannedModules.Add(planned);
        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<PlannedModule>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.module-planned", nameof(Case), @case.Id.ToString(), @case.AgencyCode, Details: planned.ModuleKey), cancellationToken);
        return CaseOutcome.Ok(planned);
    }
}
