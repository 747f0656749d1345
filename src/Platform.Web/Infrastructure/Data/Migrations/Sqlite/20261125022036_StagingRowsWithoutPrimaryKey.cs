using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StagingRowsWithoutPrimaryKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_OperationStagingRows",
                table: "OperationStagingRows");

            migrationBuilder.CreateIndex(
                name: "IX_OperationStagingRows_ImportId",
                table: "OperationStagingRows",
                column: "ImportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OperationStagingRows_ImportId",
                table: "OperationStagingRows");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OperationStagingRows",
                table: "OperationStagingRows",
                columns: new[] { "ImportId", "RowNumber" });
        }
    }
}
