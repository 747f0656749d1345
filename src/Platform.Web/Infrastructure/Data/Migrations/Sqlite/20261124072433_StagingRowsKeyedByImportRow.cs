using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StagingRowsKeyedByImportRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_OperationStagingRows",
                table: "OperationStagingRows");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OperationStagingRows",
                table: "OperationStagingRows",
                columns: new[] { "ImportId", "RowNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_OperationStagingRows",
                table: "OperationStagingRows");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OperationStagingRows",
                table: "OperationStagingRows",
                columns: new[] { "OperationId", "Kind", "RowHash" });
        }
    }
}
