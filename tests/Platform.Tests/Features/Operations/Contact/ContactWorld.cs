using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Features.Operations.Contact;

/// <summary>
/// An operation coordinated by NL with NL and FI taking part, and account holders of both countries seeded directly
/// (the import and attribution parts are not needed to test contact work).
/// </summary>
internal sealed class ContactWorld
{
    public required Guid OperationId { get; init; }

    public required TestMember DutchOfficer { get; init; }

    public required TestMember FinnishOfficer { get; init; }

    public Dictionary<string, Guid> Persons { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes addresses unique per world, so tests sharing a mail server tell their messages apart.</summary>
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    public static async Task<ContactWorld> CreateAsync(AppFactory app, string code = "POWEROFF-T")
    {
        var nl = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var fi = await app.CreateMemberAsync("FI", Roles.PreventionOfficer);
        var operation = new Operation
        {
            Code = code + "-" + Guid.NewGuid().ToString("N")[..6],
            Name = "Operation Test Booter",
            TargetService = "testbooter.example",
            CoordinatingAgencyCode = "NL",
            LegalBasisNote = "Seizure order (test data, generated)",
            CreatedAt = app.Clock.GetUtcNow(),
            CreatedById = nl.Id,
        };
        operation.Participants.Add(new OperationParticipant { AgencyCode = "NL", AddedAt = app.Clock.GetUtcNow() });
        operation.Participants.Add(new OperationParticipant { AgencyCode = "FI", AddedAt = app.Clock.GetUtcNow() });
        var world = new ContactWorld { OperationId = operation.Id, DutchOfficer = nl, FinnishOfficer = fi };
        await app.WithSystemDbAsync(async db =>
        {
            db.Operations.Add(operation);
            world.Add(db, app, "NL", "dutch_paid_many", paid: true, attacks: 40, email: "paid.many@example.nl");
            world.Add(db, app, "NL", "dutch_paid_few", paid: true, attacks: 2, email: "paid.few@example.nl");
            world.Add(db, app, "NL", "dutch_free_many", paid: false, attacks: 55, email: "free.many@example.nl");
            world.Add(db, app, "NL", "dutch_no_email", paid: true, attacks: 12, email: null);
            world.Add(db, app, "FI", "finnish_paid_many", paid: true, attacks: 80, email: "paid.many@example.fi");
            await db.SaveChangesAsync();
        });
        return world;
    }

    public OperationPerson Add(AppDbContext db, AppFactory app, string country, string username, bool paid, int attacks, string? email, int? age = null)
    {
        var person = new OperationPerson
        {
            OperationId = OperationId,
            AgencyCode = country,
            PersonKey = "key-" + username,
            AttributedCountry = country,
            Confidence = AttributionConfidence.High,
            AccountCount = 1,
            Usernames = [username],
            Emails = email is null ? [] : [UniqueEmail(username, email)],
            Paid = paid,
            PaymentCount = paid ? 1 : 0,
            AmountPaidCents = paid ? 1500 : 0,
            AttackCount = attacks,
            StatedAge = age,
            FirstActivityAt = app.Clock.GetUtcNow().AddDays(-90),
            LastActivityAt = app.Clock.GetUtcNow().AddDays(-30),
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        person.Evidence.Add(new PersonEvidence
        {
            Kind = EvidenceKind.EmailCountryDomain,
            Value = email is null ? "none" : UniqueEmail(username, email),
            Country = country,
        });
        db.OperationPersons.Add(person);
        Persons[username] = person.Id;
        return person;
    }

    private string UniqueEmail(string username, string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var unique = $"{email[..at]}.{Suffix}{email[at..]}";
        Emails[username] = unique;
        return unique;
    }

    public string PersonUrl(string username) => $"/Operations/{OperationId}/Persons/{Persons[username]}";

    /// <summary>Runs a use case as a member of <paramref name="agency"/> outside a request.</summary>
    public static async Task<T> AsAgencyAsync<T>(AppFactory app, string agency, Func<IServiceProvider, Task<T>> work) =>
        await app.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<AppDbContext>().Scope.ActAs(agency);
            return await work(sp);
        });
}
