using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
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

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeSearchEntries_InterventionId",
                table: "KnowledgeSearchEntries",
                column: "InterventionId");

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
                name: "KnowledgeSearchEntries");
        }
    }
}
