using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WrappedKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PackageKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PackageVersion = table.Column<int>(type: "integer", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holidays = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    FirstContactWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    GuardianConsentBelowAge = table.Column<int>(type: "integer", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    AdoptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AdoptedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyProgrammes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseEnquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AgeBand = table.Column<int>(type: "integer", nullable: false),
                    ReferralSource = table.Column<int>(type: "integer", nullable: false),
                    ConcernSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEnquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseRetentionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    KeepMonths = table.Column<int>(type: "integer", nullable: false),
                    ReviewDays = table.Column<int>(type: "integer", nullable: false),
                    EraseWithoutReview = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProgrammeVersion = table.Column<int>(type: "integer", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferralSource = table.Column<int>(type: "integer", nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DataSubjectCategory = table.Column<int>(type: "integer", nullable: false),
                    AgeAtReferral = table.Column<int>(type: "integer", nullable: false),
                    NameProtected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DateOfBirthProtected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContactProtected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GuardianNameProtected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GuardianContactProtected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OffenceType = table.Column<int>(type: "integer", nullable: false),
                    OffenceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OffenceDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OffenceDescriptionKind = table.Column<int>(type: "integer", nullable: false),
                    AssignedMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReferredById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FirstContactAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosureReason = table.Column<int>(type: "integer", nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProgrammeKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ProgrammeVersion = table.Column<int>(type: "integer", nullable: true),
                    ReferralYear = table.Column<int>(type: "integer", nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReferralSource = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Eligibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Ending = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReoffendedAt12Months = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: false),
                    MaxAge = table.Column<int>(type: "integer", nullable: false),
                    OffenceTypes = table.Column<int[]>(type: "integer[]", nullable: false),
                    Mechanisms = table.Column<int[]>(type: "integer[]", nullable: false),
                    Focus = table.Column<int>(type: "integer", nullable: false),
                    DeliveryFormats = table.Column<int[]>(type: "integer[]", nullable: false),
                    DosageSessions = table.Column<int>(type: "integer", nullable: true),
                    DosageHours = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: true),
                    DosageWeeks = table.Column<int>(type: "integer", nullable: true),
                    CostNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CostPerParticipantEur = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    PartnersNeeded = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ContactUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    BestEvidenceTier = table.Column<int>(type: "integer", nullable: false),
                    AdoptingCountries = table.Column<List<string>>(type: "text[]", nullable: false),
                    Tlp = table.Column<int>(type: "integer", nullable: false),
                    ReleaseState = table.Column<int>(type: "integer", nullable: false),
                    AmberAgencyCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RedMemberIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LastEditedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReleasedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Components = table.Column<string>(type: "jsonb", nullable: true),
                    Sources = table.Column<string>(type: "jsonb", nullable: true),
                    Staffing = table.Column<string>(type: "jsonb", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    Checkpoint = table.Column<string>(type: "text", nullable: true),
                    Done = table.Column<long>(type: "bigint", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    MaxAttempts = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DedupeKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    OrganiserAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    HostPartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    HostName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OnlineUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    SlidesUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordingUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    RegistrationDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    Speakers = table.Column<string>(type: "jsonb", nullable: true)
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
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Tlp = table.Column<int>(type: "integer", nullable: false),
                    ReleaseState = table.Column<int>(type: "integer", nullable: false),
                    AmberAgencyCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RedMemberIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: true),
                    OffenceMask = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<int>(type: "integer", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    Countries = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeSearchEntries", x => x.ItemId);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammePackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    SourceInterventionSlug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    DefinitionJson = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammePackages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionMailOptOuts",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Person = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<List<string>>(type: "text[]", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProgrammeVersion = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SignpostingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MonthsAfterEnd = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    NewOffenceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NewOffenceType = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModuleKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ModuleName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsAssignment = table.Column<bool>(type: "boolean", nullable: false),
                    PlannedSessions = table.Column<int>(type: "integer", nullable: false),
                    PlannedMinutes = table.Column<int>(type: "integer", nullable: false),
                    FidelityItems = table.Column<List<string>>(type: "text[]", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PartnerCoachMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AssignmentBrief = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlannedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnquiryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HoldUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RelatedId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssigneeMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AskedByMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredByMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Adaptations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Obstacles = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExtractedText = table.Column<string>(type: "text", nullable: false),
                    Tlp = table.Column<int>(type: "integer", nullable: false),
                    ReleaseState = table.Column<int>(type: "integer", nullable: false),
                    AmberAgencyCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RedMemberIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LastEditedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReleasedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    FinalTier = table.Column<int>(type: "integer", nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ResolutionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaterialLanguages = table.Column<List<string>>(type: "text[]", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Items = table.Column<string>(type: "jsonb", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedModuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DeliveredMinutes = table.Column<int>(type: "integer", nullable: true),
                    FidelityItemsDone = table.Column<List<string>>(type: "text[]", nullable: false),
                    Deviation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeviationReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdoptionId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Design = table.Column<int>(type: "integer", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: true),
                    FollowUpMonths = table.Column<int>(type: "integer", nullable: true),
                    IndependentEvaluator = table.Column<bool>(type: "boolean", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AddedByAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AdoptionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Findings = table.Column<string>(type: "jsonb", nullable: true)
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
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Tier = table.Column<int>(type: "integer", nullable: true),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

            // Full-text words per entry and language, stemmed by that language's configuration; see
            // Features/Knowledge/Search/PostgresFullText.cs.
            migrationBuilder.Sql(
                """
                CREATE TABLE "KnowledgeSearchTexts" (
                    "ItemId" uuid NOT NULL REFERENCES "KnowledgeSearchEntries" ("ItemId") ON DELETE CASCADE,
                    "Language" character varying(8) NOT NULL,
                    "Config" regconfig NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Vector" tsvector NOT NULL,
                    CONSTRAINT "PK_KnowledgeSearchTexts" PRIMARY KEY ("ItemId", "Language"));
                CREATE INDEX "IX_KnowledgeSearchTexts_Vector" ON "KnowledgeSearchTexts" USING GIN ("Vector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "KnowledgeSearchTexts";""");

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
