using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DropAgencyIndexOfBulkTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonEvidence_AgencyCode",
                table: "PersonEvidence");

            migrationBuilder.DropIndex(
                name: "IX_OperationStagingRows_AgencyCode",
                table: "OperationStagingRows");

            migrationBuilder.DropIndex(
                name: "IX_OperationPersons_AgencyCode",
                table: "OperationPersons");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PersonEvidence_AgencyCode",
                table: "PersonEvidence",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationStagingRows_AgencyCode",
                table: "OperationStagingRows",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_AgencyCode",
                table: "OperationPersons",
                column: "AgencyCode");
        }
    }
}
