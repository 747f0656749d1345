using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationsAndSearchSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnowledgeSearchState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeSearchState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CoordinatingAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    LegalBasisNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TakedownDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataSeizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationSenderSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplyTo = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    ContactPoint = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    MaxPerMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationSenderSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationStagingRows",
                columns: table => new
                {
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RowHash = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    AtMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    StatedAge = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PayerEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    CryptoAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    DurationSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationStagingRows", x => new { x.OperationId, x.Kind, x.RowHash });
                });

            migrationBuilder.CreateTable(
                name: "OperationWarningTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationWarningTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    StoredPath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Columns = table.Column<string>(type: "TEXT", nullable: false),
                    Mapping = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RowsCommitted = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesCommitted = table.Column<long>(type: "INTEGER", nullable: false),
                    LineCommitted = table.Column<long>(type: "INTEGER", nullable: false),
                    Imported = table.Column<long>(type: "INTEGER", nullable: false),
                    Quarantined = table.Column<long>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationImports_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationParticipants",
                columns: table => new
                {
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationParticipants", x => new { x.OperationId, x.AgencyCode });
                    table.ForeignKey(
                        name: "FK_OperationParticipants_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AttributedCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttributionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccountCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Usernames = table.Column<string>(type: "TEXT", nullable: false),
                    Emails = table.Column<string>(type: "TEXT", nullable: false),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaymentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountPaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    AttackCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstActivityAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatedAge = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstContactedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationPersons_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationQuarantinedRows",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    Line = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Raw = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationQuarantinedRows", x => new { x.ImportId, x.RowNumber });
                    table.ForeignKey(
                        name: "FK_OperationQuarantinedRows_OperationImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "OperationImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationContactActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    NoActionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    SendStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationContactActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationContactActions_OperationPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OperationPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonEvidence_OperationPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OperationPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonPseudonyms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentifierKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonPseudonyms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonPseudonyms_OperationPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OperationPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationContactOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationContactOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationContactOutcomes_OperationContactActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "OperationContactActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "KnowledgeSearchState",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, new Guid("00000000-0000-0000-0000-000000000000") });

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_AgencyCode",
                table: "OperationContactActions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_AgencyCode_Kind_SendStartedAt",
                table: "OperationContactActions",
                columns: new[] { "AgencyCode", "Kind", "SendStartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_CaseId",
                table: "OperationContactActions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_OperationId_PersonId",
                table: "OperationContactActions",
                columns: new[] { "OperationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_PersonId",
                table: "OperationContactActions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactOutcomes_ActionId",
                table: "OperationContactOutcomes",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactOutcomes_AgencyCode",
                table: "OperationContactOutcomes",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactOutcomes_PersonId",
                table: "OperationContactOutcomes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationImports_OperationId",
                table: "OperationImports",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationParticipants_AgencyCode",
                table: "OperationParticipants",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_AgencyCode",
                table: "OperationPersons",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_OperationId_AgencyCode",
                table: "OperationPersons",
                columns: new[] { "OperationId", "AgencyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_OperationId_PersonKey",
                table: "OperationPersons",
                columns: new[] { "OperationId", "PersonKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationQuarantinedRows_AgencyCode",
                table: "OperationQuarantinedRows",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Code",
                table: "Operations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationSenderSettings_AgencyCode",
                table: "OperationSenderSettings",
                column: "AgencyCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationStagingRows_AgencyCode",
                table: "OperationStagingRows",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationWarningTemplates_AgencyCode",
                table: "OperationWarningTemplates",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationWarningTemplates_AgencyCode_Language",
                table: "OperationWarningTemplates",
                columns: new[] { "AgencyCode", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonEvidence_AgencyCode",
                table: "PersonEvidence",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonEvidence_PersonId",
                table: "PersonEvidence",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode",
                table: "PersonPseudonyms",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode_Pseudonym",
                table: "PersonPseudonyms",
                columns: new[] { "AgencyCode", "Pseudonym" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_PersonId_IdentifierKind_Pseudonym",
                table: "PersonPseudonyms",
                columns: new[] { "PersonId", "IdentifierKind", "Pseudonym" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnowledgeSearchState");

            migrationBuilder.DropTable(
                name: "OperationContactOutcomes");

            migrationBuilder.DropTable(
                name: "OperationParticipants");

            migrationBuilder.DropTable(
                name: "OperationQuarantinedRows");

            migrationBuilder.DropTable(
                name: "OperationSenderSettings");

            migrationBuilder.DropTable(
                name: "OperationStagingRows");

            migrationBuilder.DropTable(
                name: "OperationWarningTemplates");

            migrationBuilder.DropTable(
                name: "PersonEvidence");

            migrationBuilder.DropTable(
                name: "PersonPseudonyms");

            migrationBuilder.DropTable(
                name: "OperationContactActions");

            migrationBuilder.DropTable(
                name: "OperationImports");

            migrationBuilder.DropTable(
                name: "OperationPersons");

            migrationBuilder.DropTable(
                name: "Operations");
        }
    }
}
