using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CasesWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_ProgrammePackages_Key_Version",
                table: "ProgrammePackages",
                columns: new[] { "Key", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyProgrammes");

            migrationBuilder.DropTable(
                name: "CaseConsents");

            migrationBuilder.DropTable(
                name: "CaseEligibilityDecisions");

            migrationBuilder.DropTable(
                name: "CaseEnquiries");

            migrationBuilder.DropTable(
                name: "CaseFollowUps");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseSessions");

            migrationBuilder.DropTable(
                name: "CaseTasks");

            migrationBuilder.DropTable(
                name: "ProgrammePackages");

            migrationBuilder.DropTable(
                name: "CasePlannedModules");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
