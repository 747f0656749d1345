using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KnowledgeSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeSearchEntries_InterventionId",
                table: "KnowledgeSearchEntries",
                column: "InterventionId");

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
                name: "KnowledgeSearchEntries");
        }
    }
}
