using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
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
