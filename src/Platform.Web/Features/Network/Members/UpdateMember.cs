using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Members;

public sealed class MemberUpdateInput
{
    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [StringLength(150, ErrorMessage = "The job title can be at most 150 characters.")]
    [Display(Name = "Job title")]
    public string? JobTitle { get; set; }

    [Display(Name = "Listed in the country directory")]
    public bool ListedInDirectory { get; set; }
}

/// <summary>An admin changes the roles, team, job title and directory listing of a member of their own agency.</summary>
public sealed class UpdateMemberHandler(AppDbContext db, UserManager<Member> users, RoleManager<IdentityRole> roles, IAuditLog audit)
{
    public async Task<Outcome<MemberDetails>> HandleAsync(
        NetworkActor actor, string id, MemberUpdateInput input, CancellationToken cancellationToken = default)
    {
        var member = await db.OfAgency(actor).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return Outcome.NotFound<MemberDetails>();
        }

        var errors = Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        var current = (await users.GetRolesAsync(member)).ToHashSet(StringComparer.Ordinal);
        var requested = input.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).ToHashSet(StringComparer.Ordinal);
        var roleErrors = RoleRules.CheckChange(actor, member.Id, member.PartnerOrganisationId is not null, current, requested);
        if (roleErrors.Count > 0)
        {
            errors[nameof(MemberUpdateInput.Roles)] = [.. roleErrors];
        }

        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.AgencyCode == member.AgencyCode, cancellationToken))
        {
            errors[nameof(MemberUpdateInput.TeamId)] = ["Choose one of your agency's teams."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<MemberDetails>(errors);
        }

        member.TeamId = input.TeamId;
        member.JobTitle = string.IsNullOrWhiteSpace(input.JobTitle) ? null : input.JobTitle.Trim();
        member.ListedInDirectory = input.ListedInDirectory;
        var added = requested.Except(current).ToList();
        var removed = current.Except(requested).ToList();
        foreach (var role in added)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        Check(await users.UpdateAsync(member));
        if (added.Count > 0 || removed.Count > 0)
        {
            Check(await users.AddToRolesAsync(member, added));
            Check(await users.RemoveFromRolesAsync(member, removed));
            // Roles travel in the sign-in cookie; a new stamp makes the member's sessions pick up the change.
            Check(await users.UpdateSecurityStampAsync(member));
        }

        var details = added.Count > 0 || removed.Count > 0
            ? $"roles +[{string.Join(',', added)}] -[{string.Join(',', removed)}]"
            : "team/listing";
        await audit.RecordAsync(new AuditEvent("member.updated", nameof(Member), member.Id, member.AgencyCode, Details: details), cancellationToken);
        return Outcome.Ok(await DetailsAsync(member, cancellationToken));
    }

    private async Task<MemberDetails> DetailsAsync(Member m, CancellationToken cancellationToken)
    {
        var team = m.TeamId is null ? null : await db.Teams.Where(t => t.Id == m.TeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var partner = m.PartnerOrganisationId is null
            ? null
            : await db.PartnerOrganisations.Where(p => p.Id == m.PartnerOrganisationId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var memberRoles = await users.GetRolesAsync(m);
        return new MemberDetails(m.Id, m.DisplayName, m.Email, m.JobTitle, m.TeamId, team, m.PartnerOrganisationId, partner,
            [.. memberRoles.Order(StringComparer.Ordinal)], m.ListedInDirectory, m.TwoFactorEnabled, m.CreatedAt, m.DeactivatedAt);
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
