namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>Copies a checked <see cref="InterventionInput"/> onto a profile and back (for the edit form).</summary>
public static class InterventionMapping
{
    public static void Apply(InterventionInput input, Intervention item)
    {
        item.Name = input.Name;
        item.Summary = input.Summary;
        item.Description = input.Description;
        item.Focus = input.Focus;
        item.Stage = input.Stage;
        item.MinAge = input.MinAge;
        item.MaxAge = input.MaxAge;
        item.OffenceTypes = [.. input.OffenceTypes];
        item.Mechanisms = [.. input.Mechanisms];
        item.DeliveryFormats = [.. input.DeliveryFormats];
        item.Components = [.. input.Components.Select(c => new InterventionComponent
        {
            Name = c.Name, Description = c.Description, PlannedSessions = c.PlannedSessions, PlannedHours = c.PlannedHours,
        })];
        item.DosageSessions = input.DosageSessions;
        item.DosageHours = input.DosageHours;
        item.DosageWeeks = input.DosageWeeks;
        item.Staffing = [.. input.Staffing.Select(s => new StaffingRole { Role = s.Role, Fte = s.Fte, TimeNote = s.TimeNote })];
        item.CostNote = input.CostNote;
        item.CostPerParticipantEur = input.CostPerParticipantEur;
        item.PartnersNeeded = input.PartnersNeeded;
        item.Languages = [.. input.Languages];
        item.ContactName = input.ContactName;
        item.ContactEmail = input.ContactEmail;
        item.ContactUrl = input.ContactUrl;
        item.Website = input.Website;
        item.Sources = [.. input.Sources.Select(s => new SourceCitation { Title = s.Title, Url = s.Url, AccessedOn = s.AccessedOn })];
    }

    public static InterventionInput ToInput(Intervention item) => new()
    {
        Name = item.Name,
        Summary = item.Summary,
        Description = item.Description,
        Focus = item.Focus,
        Stage = item.Stage,
        MinAge = item.MinAge,
        MaxAge = item.MaxAge,
        OffenceTypes = [.. item.OffenceTypes],
        Mechanisms = [.. item.Mechanisms],
        DeliveryFormats = [.. item.DeliveryFormats],
        Components = [.. item.Components.Select(c => new ComponentInput
        {
            Name = c.Name, Description = c.Description, PlannedSessions = c.PlannedSessions, PlannedHours = c.PlannedHours,
        })],
        DosageSessions = item.DosageSessions,
        DosageHours = item.DosageHours,
        DosageWeeks = item.DosageWeeks,
        Staffing = [.. item.Staffing.Select(s => new StaffingInput { Role = s.Role, Fte = s.Fte, TimeNote = s.TimeNote })],
        CostNote = item.CostNote,
        CostPerParticipantEur = item.CostPerParticipantEur,
        PartnersNeeded = item.PartnersNeeded,
        Languages = [.. item.Languages],
        ContactName = item.ContactName,
        ContactEmail = item.ContactEmail,
        ContactUrl = item.ContactUrl,
        Website = item.Website,
        Sources = [.. item.Sources.Select(s => new SourceInput { Title = s.Title, Url = s.Url, AccessedOn = s.AccessedOn })],
        Version = item.Version,
    };
}
