using Microsoft.AspNetCore.Identity;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Demo;

/// <summary>Writes the demo network through the same Identity services a real sign-up would use.</summary>
internal sealed class DemoWriter(AppDbContext db, UserManager<Member> users, RoleManager<IdentityRole> roles, DateTimeOffset now)
{
    public async Task RolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Returns the teams per agency code, in the order of <see cref="DemoAgency.Teams"/>.</summary>
    public async Task<Dictionary<string, List<Team>>> AgenciesAndTeamsAsync(CancellationToken cancellationToken)
    {
        var teams = new Dictionary<string, List<Team>>(StringComparer.Ordinal);
        foreach (var (a, index) in DemoNetwork.Agencies.Select((a, i) => (a, i)))
        {
            db.Agencies.Add(new Agency
            {
                Code = a.Code,
                CountryName = a.Country,
                Name = a.Name,
                ContactEmail = $"prevention@{a.Domain}",
                ContactPhone = $"+{a.DialCode} 000 000 000",
                Website = $"https://{a.Domain}",
                TimeZone = a.TimeZone,
                DefaultLanguage = a.Language,
                JoinedAt = now.AddDays(-30 * (DemoNetwork.Agencies.Length - index)),
            });
            teams[a.Code] = [.. a.Teams.Select(name => new Team { AgencyCode = a.Code, Name = name, Description = "Fictional demo team." })];
            db.Teams.AddRange(teams[a.Code]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return teams;
    }

    public async Task<Dictionary<string, PartnerOrganisation>> PartnersAsync(CancellationToken cancellationToken)
    {
        var partners = DemoNetwork.Partners.ToDictionary(
            p => p.Slug,
            p => new PartnerOrganisation
            {
                Name = p.Name,
                Kind = p.Kind,
                AgencyCode = p.AgencyCode,
                Description = p.Description,
                Website = $"https://{p.Slug}.example.org",
                ContactEmail = $"contact@{p.Slug}.example.org",
            },
            StringComparer.Ordinal);
        db.PartnerOrganisations.AddRange(partners.Values);
        await db.SaveChangesAsync(cancellationToken);
        return partners;
    }

    /// <summary>Members without a password (they cannot sign in); returns the first member per agency.</summary>
    public async Task<Dictionary<string, Member>> PeopleAsync(Dictionary<string, List<Team>> teams)
    {
        var first = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var a in DemoNetwork.Agencies)
        {
            foreach (var (p, i) in a.People.Select((p, i) => (p, i)))
            {
                var member = NewMember($"{DemoNetwork.Mailbox(p.Name)}@{a.Domain}", p.Name, p.JobTitle, a.Code, teams[a.Code][i % teams[a.Code].Count].Id, p.Listed);
                Check(await users.CreateAsync(member));
                Check(await users.AddToRoleAsync(member, p.Role));
                first.TryAdd(a.Code, member);
            }
        }

        return first;
    }

    public async Task AccountsAsync(Dictionary<string, List<Team>> teams, Dictionary<string, PartnerOrganisation> partners)
    {
        foreach (var (account, i) in DemoAccounts.All.Select((a, i) => (a, i)))
        {
            var agencyTeams = teams[account.AgencyCode];
            var member = NewMember(account.Email, account.Name, account.JobTitle, account.AgencyCode,
                account.PartnerSlug is null ? agencyTeams[i % agencyTeams.Count].Id : null, account.Listed);
            member.PartnerOrganisationId = account.PartnerSlug is null ? null : partners[account.PartnerSlug].Id;
            member.AcceptedTermsVersion = Platform.Web.Features.Accounts.TermsOfUse.CurrentVersion;
            member.AcceptedTermsAt = now;
            Check(await users.CreateAsync(member, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(member, account.Role));
            if (account.AuthenticatorKey is { } key)
            {
                Check(await users.SetAuthenticationTokenAsync(member, "[AspNetUserStore]", "AuthenticatorKey", key));
                Check(await users.SetTwoFactorEnabledAsync(member, true));
            }
        }
    }

    /// <summary>A few open invitations (and one expired) so the invitations page has something to show.</summary>
    public async Task InvitationsAsync(Dictionary<string, Member> firstMember, Dictionary<string, List<Team>> teams, CancellationToken cancellationToken)
    {
        var inviterNl = await users.FindByEmailAsync($"countryadmin.nl@{DemoAccounts.Domain}");
        var inviterBe = await users.FindByEmailAsync($"countryadmin.be@{DemoAccounts.Domain}");
        (string Agency, string Name, string Role, Member? By, int AgeDays)[] invitations =
        [
            ("NL", "Ruben Koster", Roles.PreventionOfficer, inviterNl, 1),
            ("NL", "Fenna Dijkstra", Roles.CaseWorker, inviterNl, 3),
            ("NL", "Joris Kramer", Roles.Viewer, inviterNl, 10),
            ("BE", "Elise Wouters", Roles.PreventionOfficer, inviterBe, 2),
            ("GB", "Rhys Morgan", Roles.CaseWorker, firstMember["GB"], 4),
            ("PT", "Marta Sousa", Roles.PreventionOfficer, firstMember["PT"], 5),
        ];
        foreach (var (agency, name, role, by, ageDays) in invitations)
        {
            var created = now.AddDays(-ageDays);
            db.Invitations.Add(new Invitation
            {
                AgencyCode = agency,
                Email = $"{DemoNetwork.Mailbox(name)}@{agency.ToLowerInvariant()}.cop.example",
                DisplayName = name,
                Role = role,
                TeamId = teams[agency][0].Id,
                // The demo never mails these; a random token nobody knows keeps the links unusable.
                TokenHash = InvitationTokens.Hash(InvitationTokens.Create()),
                InvitedByMemberId = by!.Id,
                CreatedAt = created,
                ExpiresAt = created + TimeSpan.FromDays(7),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Member NewMember(string email, string name, string jobTitle, string agencyCode, Guid? teamId, bool listed) => new()
    {
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = name,
        JobTitle = jobTitle,
        AgencyCode = agencyCode,
        TeamId = teamId,
        ListedInDirectory = listed,
        PreferredLanguage = "en",
        CreatedAt = now,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
