using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LeanerAgencyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonPseudonyms_AgencyCode",
                table: "PersonPseudonyms");

            migrationBuilder.DropIndex(
                name: "IX_PersonPseudonyms_AgencyCode_Pseudonym",
                table: "PersonPseudonyms");

            migrationBuilder.DropIndex(
                name: "IX_OperationWarningTemplates_AgencyCode",
                table: "OperationWarningTemplates");

            migrationBuilder.DropIndex(
                name: "IX_OperationContactActions_AgencyCode",
                table: "OperationContactActions");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_AgencyCode",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_AgencyCode",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseStatistics_AgencyCode",
                table: "CaseStatistics");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AgencyCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseRetentionRules_AgencyCode",
                table: "CaseRetentionRules");

            migrationBuilder.DropIndex(
                name: "IX_CaseEnquiries_AgencyCode",
                table: "CaseEnquiries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_AgencyCode",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AgencyProgrammes_AgencyCode",
                table: "AgencyProgrammes");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode_OperationId",
                table: "PersonPseudonyms",
                columns: new[] { "AgencyCode", "OperationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonPseudonyms_AgencyCode_OperationId",
                table: "PersonPseudonyms");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode",
                table: "PersonPseudonyms",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode_Pseudonym",
                table: "PersonPseudonyms",
                columns: new[] { "AgencyCode", "Pseudonym" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationWarningTemplates_AgencyCode",
                table: "OperationWarningTemplates",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_AgencyCode",
                table: "OperationContactActions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_AgencyCode",
                table: "Invitations",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_AgencyCode",
                table: "CaseTasks",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatistics_AgencyCode",
                table: "CaseStatistics",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyCode",
                table: "Cases",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionRules_AgencyCode",
                table: "CaseRetentionRules",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEnquiries_AgencyCode",
                table: "CaseEnquiries",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AgencyCode",
                table: "AuditEntries",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyProgrammes_AgencyCode",
                table: "AgencyProgrammes",
                column: "AgencyCode");
        }
    }
}
