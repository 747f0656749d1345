using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KnowledgeAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgencyKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PackageKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PackageVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holidays = table.Column<string>(type: "TEXT", nullable: false),
                    FirstContactWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    GuardianConsentBelowAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AdoptedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyProgrammes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseEnquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AgeBand = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralSource = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcernSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosureNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEnquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseRetentionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KeepMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EraseWithoutReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProgrammeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferralSource = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DataSubjectCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeAtReferral = table.Column<int>(type: "INTEGER", nullable: false),
                    NameProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DateOfBirthProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ContactProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GuardianNameProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GuardianContactProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OffenceType = table.Column<int>(type: "INTEGER", nullable: false),
                    OffenceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OffenceDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OffenceDescriptionKind = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FirstContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosureReason = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosureNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProgrammeKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ProgrammeVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferralSource = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ending = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReoffendedAt12Months = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: false),
                    OffenceTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Mechanisms = table.Column<string>(type: "TEXT", nullable: false),
                    Focus = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryFormats = table.Column<string>(type: "TEXT", nullable: false),
                    DosageSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    DosageHours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 1, nullable: true),
                    DosageWeeks = table.Column<int>(type: "INTEGER", nullable: true),
                    CostNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CostPerParticipantEur = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    PartnersNeeded = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ContactUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    BestEvidenceTier = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptingCountries = table.Column<string>(type: "TEXT", nullable: false),
                    Tlp = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleaseState = table.Column<int>(type: "INTEGER", nullable: false),
                    AmberAgencyCodes = table.Column<string>(type: "TEXT", nullable: false),
                    RedMemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastEditedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Components = table.Column<string>(type: "TEXT", nullable: true),
                    Sources = table.Column<string>(type: "TEXT", nullable: true),
                    Staffing = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventions_Agencies_OwnerAgencyCode",
                        column: x => x.OwnerAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    Checkpoint = table.Column<string>(type: "TEXT", nullable: true),
                    Done = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    OrganiserAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    HostPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HostName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    SlidesUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordingUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    Speakers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvents_Agencies_OrganiserAgencyCode",
                        column: x => x.OrganiserAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvents_KnowledgeEvents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "KnowledgeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvents_PartnerOrganisations_HostPartnerId",
                        column: x => x.HostPartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeSearchEntries",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Tlp = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleaseState = table.Column<int>(type: "INTEGER", nullable: false),
                    AmberAgencyCodes = table.Column<string>(type: "TEXT", nullable: false),
                    RedMemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    OffenceMask = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<int>(type: "INTEGER", nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Countries = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeSearchEntries", x => x.ItemId);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammePackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    SourceInterventionSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    DefinitionJson = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammePackages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionMailOptOuts",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionMailOptOuts", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_QuestionMailOptOuts_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Person = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseConsents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEligibilityDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProgrammeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SignpostingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEligibilityDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEligibilityDecisions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthsAfterEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    NewOffenceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewOffenceType = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFollowUps_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePlannedModules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ModuleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsAssignment = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlannedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    FidelityItems = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PartnerCoachMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignmentBrief = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlannedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePlannedModules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePlannedModules_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseRetentionReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoldUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRetentionReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRetentionReviews_CaseEnquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "CaseEnquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseRetentionReviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssigneeMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTasks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterventionQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedByMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredByMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterventionQuestions_AspNetUsers_AskedByMemberId",
                        column: x => x.AskedByMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterventionQuestions_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterventionTexts",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionTexts", x => new { x.InterventionId, x.Language });
                    table.ForeignKey(
                        name: "FK_InterventionTexts_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAdoptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Adaptations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Obstacles = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAdoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAdoptions_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KnowledgeAdoptions_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExtractedText = table.Column<string>(type: "TEXT", nullable: false),
                    Tlp = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleaseState = table.Column<int>(type: "INTEGER", nullable: false),
                    AmberAgencyCodes = table.Column<string>(type: "TEXT", nullable: false),
                    RedMemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastEditedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeDocuments_Agencies_OwnerAgencyCode",
                        column: x => x.OwnerAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KnowledgeDocuments_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvidenceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalTier = table.Column<int>(type: "INTEGER", nullable: true),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ResolutionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEvidenceRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvidenceRatings_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeReadinessChecklists",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialLanguages = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeReadinessChecklists", x => x.InterventionId);
                    table.ForeignKey(
                        name: "FK_KnowledgeReadinessChecklists_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEventRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEventRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEventRegistrations_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KnowledgeEventRegistrations_KnowledgeEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "KnowledgeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveredMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    FidelityItemsDone = table.Column<string>(type: "TEXT", nullable: false),
                    Deviation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeviationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSessions_CasePlannedModules_PlannedModuleId",
                        column: x => x.PlannedModuleId,
                        principalTable: "CasePlannedModules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseSessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAdoptionHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdoptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAdoptionHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAdoptionHistory_KnowledgeAdoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "KnowledgeAdoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Design = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    IndependentEvaluator = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AddedByAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AdoptionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvaluations_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvaluations_KnowledgeAdoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "KnowledgeAdoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeDocumentContents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeDocumentContents", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_KnowledgeDocumentContents_KnowledgeDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "KnowledgeDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeRatingReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Tier = table.Column<int>(type: "INTEGER", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeRatingReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeRatingReviews_KnowledgeEvidenceRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "KnowledgeEvidenceRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyKeys_AgencyCode_Purpose_Version",
                table: "AgencyKeys",
                columns: new[] { "AgencyCode", "Purpose", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyProgrammes_AgencyCode",
                table: "AgencyProgrammes",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyProgrammes_AgencyCode_PackageKey_PackageVersion",
                table: "AgencyProgrammes",
                columns: new[] { "AgencyCode", "PackageKey", "PackageVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsents_AgencyCode",
                table: "CaseConsents",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsents_CaseId",
                table: "CaseConsents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEligibilityDecisions_AgencyCode",
                table: "CaseEligibilityDecisions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEligibilityDecisions_CaseId",
                table: "CaseEligibilityDecisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEnquiries_AgencyCode",
                table: "CaseEnquiries",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEnquiries_AgencyCode_ReceivedAt",
                table: "CaseEnquiries",
                columns: new[] { "AgencyCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFollowUps_AgencyCode",
                table: "CaseFollowUps",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFollowUps_CaseId_MonthsAfterEnd",
                table: "CaseFollowUps",
                columns: new[] { "CaseId", "MonthsAfterEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_AgencyCode",
                table: "CaseNotes",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId",
                table: "CaseNotes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePlannedModules_AgencyCode",
                table: "CasePlannedModules",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CasePlannedModules_CaseId_ModuleKey",
                table: "CasePlannedModules",
                columns: new[] { "CaseId", "ModuleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CasePlannedModules_PartnerCoachMemberId",
                table: "CasePlannedModules",
                column: "PartnerCoachMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionReviews_AgencyCode",
                table: "CaseRetentionReviews",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionReviews_CaseId",
                table: "CaseRetentionReviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionReviews_EnquiryId",
                table: "CaseRetentionReviews",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionRules_AgencyCode",
                table: "CaseRetentionRules",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionRules_AgencyCode_RecordType",
                table: "CaseRetentionRules",
                columns: new[] { "AgencyCode", "RecordType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyCode",
                table: "Cases",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyCode_AssignedMemberId_Stage",
                table: "Cases",
                columns: new[] { "AgencyCode", "AssignedMemberId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyCode_CaseNumber",
                table: "Cases",
                columns: new[] { "AgencyCode", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseSessions_AgencyCode",
                table: "CaseSessions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSessions_CaseId",
                table: "CaseSessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSessions_PlannedModuleId",
                table: "CaseSessions",
                column: "PlannedModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatistics_AgencyCode",
                table: "CaseStatistics",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatistics_AgencyCode_ReferralYear",
                table: "CaseStatistics",
                columns: new[] { "AgencyCode", "ReferralYear" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_AgencyCode",
                table: "CaseTasks",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_AgencyCode_AssigneeMemberId_DoneAt_DueOn",
                table: "CaseTasks",
                columns: new[] { "AgencyCode", "AssigneeMemberId", "DoneAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_CaseId",
                table: "CaseTasks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InterventionQuestions_AskedByMemberId_AskedAt",
                table: "InterventionQuestions",
                columns: new[] { "AskedByMemberId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InterventionQuestions_InterventionId_AskedAt",
                table: "InterventionQuestions",
                columns: new[] { "InterventionId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_OwnerAgencyCode",
                table: "Interventions",
                column: "OwnerAgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ReleaseState_Tlp",
                table: "Interventions",
                columns: new[] { "ReleaseState", "Tlp" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_Slug",
                table: "Interventions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_CreatedAt",
                table: "Jobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_DedupeKey",
                table: "Jobs",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_State_DueAt",
                table: "Jobs",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptionHistory_AdoptionId",
                table: "KnowledgeAdoptionHistory",
                column: "AdoptionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptions_AgencyCode",
                table: "KnowledgeAdoptions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptions_InterventionId_AgencyCode",
                table: "KnowledgeAdoptions",
                columns: new[] { "InterventionId", "AgencyCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptions_Status",
                table: "KnowledgeAdoptions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeDocuments_InterventionId",
                table: "KnowledgeDocuments",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeDocuments_OwnerAgencyCode",
                table: "KnowledgeDocuments",
                column: "OwnerAgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvaluations_AdoptionId",
                table: "KnowledgeEvaluations",
                column: "AdoptionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvaluations_InterventionId",
                table: "KnowledgeEvaluations",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEventRegistrations_EventId_MemberId",
                table: "KnowledgeEventRegistrations",
                columns: new[] { "EventId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEventRegistrations_MemberId_Status",
                table: "KnowledgeEventRegistrations",
                columns: new[] { "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvents_HostPartnerId",
                table: "KnowledgeEvents",
                column: "HostPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvents_OrganiserAgencyCode",
                table: "KnowledgeEvents",
                column: "OrganiserAgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvents_ParentId_StartsAt",
                table: "KnowledgeEvents",
                columns: new[] { "ParentId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvidenceRatings_InterventionId_Outcome",
                table: "KnowledgeEvidenceRatings",
                columns: new[] { "InterventionId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeRatingReviews_RatingId_ReviewerId",
                table: "KnowledgeRatingReviews",
                columns: new[] { "RatingId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeRatingReviews_ReviewerId",
                table: "KnowledgeRatingReviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeSearchEntries_InterventionId",
                table: "KnowledgeSearchEntries",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammePackages_Key_Version",
                table: "ProgrammePackages",
                columns: new[] { "Key", "Version" },
                unique: true);

            // Full-text words of each entry (all its languages); see Features/Knowledge/Search/SqliteFullText.cs.
            migrationBuilder.Sql(
                """
                CREATE VIRTUAL TABLE "KnowledgeSearchFts" USING fts5(
                    "ItemId" UNINDEXED, "Title", "Body",
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "KnowledgeSearchFts";""");

            migrationBuilder.DropTable(
                name: "AgencyKeys");

            migrationBuilder.DropTable(
                name: "AgencyProgrammes");

            migrationBuilder.DropTable(
                name: "CaseConsents");

            migrationBuilder.DropTable(
                name: "CaseEligibilityDecisions");

            migrationBuilder.DropTable(
                name: "CaseFollowUps");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseRetentionReviews");

            migrationBuilder.DropTable(
                name: "CaseRetentionRules");

            migrationBuilder.DropTable(
                name: "CaseSessions");

            migrationBuilder.DropTable(
                name: "CaseStatistics");

            migrationBuilder.DropTable(
                name: "CaseTasks");

            migrationBuilder.DropTable(
                name: "InterventionQuestions");

            migrationBuilder.DropTable(
                name: "InterventionTexts");

            migrationBuilder.DropTable(
                name: "Jobs");

            migrationBuilder.DropTable(
                name: "KnowledgeAdoptionHistory");

            migrationBuilder.DropTable(
                name: "KnowledgeDocumentContents");

            migrationBuilder.DropTable(
                name: "KnowledgeEvaluations");

            migrationBuilder.DropTable(
                name: "KnowledgeEventRegistrations");

            migrationBuilder.DropTable(
                name: "KnowledgeRatingReviews");

            migrationBuilder.DropTable(
                name: "KnowledgeReadinessChecklists");

            migrationBuilder.DropTable(
                name: "KnowledgeSearchEntries");

            migrationBuilder.DropTable(
                name: "ProgrammePackages");

            migrationBuilder.DropTable(
                name: "QuestionMailOptOuts");

            migrationBuilder.DropTable(
                name: "CaseEnquiries");

            migrationBuilder.DropTable(
                name: "CasePlannedModules");

            migrationBuilder.DropTable(
                name: "KnowledgeDocuments");

            migrationBuilder.DropTable(
                name: "KnowledgeAdoptions");

            migrationBuilder.DropTable(
                name: "KnowledgeEvents");

            migrationBuilder.DropTable(
                name: "KnowledgeEvidenceRatings");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Interventions");
        }
    }
}
