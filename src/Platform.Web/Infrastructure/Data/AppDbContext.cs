using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Knowledge.Evidence.Readiness;
using Platform.Web.Features.Knowledge.Events;
using Platform.Web.Features.Knowledge.Questions;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Infrastructure.Data;

/// <summary>
/// The one database context. Provider subclasses (SqliteAppDbContext, PostgresAppDbContext) exist only so each
/// provider has its own migrations. Country isolation lives here: every <see cref="IAgencyOwned"/> entity gets
/// the <see cref="AgencyFilter"/> query filter and cross-agency writes are refused in SaveChanges.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<Member>
{
    public const string AgencyFilter = "Agency";

    // Contexts are pooled (see DatabaseSetup), so the scope is attached each time one is handed to a unit of work and
    // dropped when that unit disposes it; a context without one sees no agency's rows and may not write them.
    private AgencyScope? _scope;

    protected AppDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>Read by the query filters; EF evaluates it per query, so it follows the current scope.</summary>
    internal string? CurrentAgencyCode => _scope?.AgencyCode;

    /// <summary>Platform jobs (seeding, retention, audit verification) see all agencies; see AgencyScope.BeginSystemWork.</summary>
    internal bool InSystemScope => _scope?.IsSystem == true;

    public AgencyScope Scope => _scope
        ?? throw new InvalidOperationException("This context has no agency scope: resolve AppDbContext from a service scope, or call UseScope.");

    /// <summary>Binds the context to the unit of work whose agency it serves; DatabaseSetup does this for every scope.</summary>
    public void UseScope(AgencyScope scope) => _scope = scope;

    public override void Dispose()
    {
        _scope = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        _scope = null;
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<InterventionText> InterventionTexts => Set<InterventionText>();
    public DbSet<KnowledgeDocument> KnowledgeDocuments => Set<KnowledgeDocument>();
    public DbSet<KnowledgeDocumentContent> KnowledgeDocumentContents => Set<KnowledgeDocumentContent>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<EvidenceRating> EvidenceRatings => Set<EvidenceRating>();
    public DbSet<RatingReview> RatingReviews => Set<RatingReview>();
    public DbSet<ReadinessChecklist> ReadinessChecklists => Set<ReadinessChecklist>();
    public DbSet<Adoption> Adoptions => Set<Adoption>();
    public DbSet<AdoptionStatusChange> AdoptionStatusChanges => Set<AdoptionStatusChange>();
    public DbSet<KnowledgeEvent> KnowledgeEvents => Set<KnowledgeEvent>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<InterventionQuestion> InterventionQuestions => Set<InterventionQuestion>();
    public DbSet<QuestionMailOptOut> QuestionMailOptOuts => Set<QuestionMailOptOut>();
    public DbSet<ProgrammePackage> ProgrammePackages => Set<ProgrammePackage>();
    public DbSet<AgencyProgramme> AgencyProgrammes => Set<AgencyProgramme>();
    public DbSet<CaseEnquiry> CaseEnquiries => Set<CaseEnquiry>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<EligibilityDecision> EligibilityDecisions => Set<EligibilityDecision>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<PlannedModule> PlannedModules => Set<PlannedModule>();
    public DbSet<SessionRecord> SessionRecords => Set<SessionRecord>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<OperationParticipant> OperationParticipants => Set<OperationParticipant>();
    public DbSet<OperationPerson> OperationPersons => Set<OperationPerson>();
    public DbSet<ContactAction> ContactActions => Set<ContactAction>();
    public DbSet<ContactOutcome> ContactOutcomes => Set<ContactOutcome>();
    public DbSet<WarningTemplate> WarningTemplates => Set<WarningTemplate>();
    public DbSet<ContactSenderSettings> ContactSenderSettings => Set<ContactSenderSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ApplyAgencyFilters(builder);
    }

    private void ApplyAgencyFilters(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IAgencyOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            var method = typeof(AppDbContext)
                .GetMethod(nameof(AgencyFilterFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType.ClrType);
            var filter = (LambdaExpression)method.Invoke(this, null)!;
            builder.Entity(entityType.ClrType).HasQueryFilter(AgencyFilter, filter);
            // Every agency-filtered query tests AgencyCode; an index that already leads with it serves those queries,
            // and a second one would only cost each insert (as it would on a table read only through a parent key).
            if (!entityType.GetIndexes().Any(i => i.Properties[0].Name == nameof(IAgencyOwned.AgencyCode))
                && entityType.FindAnnotation(AgencyIndex.NotNeededAnnotation) is null)
            {
                builder.Entity(entityType.ClrType).HasIndex(nameof(IAgencyOwned.AgencyCode));
            }
        }
    }

    private Expression<Func<T, bool>> AgencyFilterFor<T>() where T : IAgencyOwned =>
        e => InSystemScope || e.AgencyCode == CurrentAgencyCode;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAgencyWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAgencyWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardAgencyWrites()
    {
        if (InSystemScope)
        {
            return;
        }

        var current = CurrentAgencyCode;
        foreach (var entry in ChangeTracker.Entries<IAgencyOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.AgencyCode) && current is not null)
            {
                entry.Entity.AgencyCode = current;
            }

            var original = entry.State == EntityState.Added
                ? entry.Entity.AgencyCode
                : (string?)entry.OriginalValues[nameof(IAgencyOwned.AgencyCode)];
            if (current is null || original != current || entry.Entity.AgencyCode != current)
            {
                throw new CrossAgencyWriteException(entry.Metadata.ClrType.Name, entry.Entity.AgencyCode, current);
            }
        }
    }
}
