using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OperationsImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OperationImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    StoredPath = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Columns = table.Column<List<string>>(type: "text[]", nullable: false),
                    Mapping = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: true),
                    RowsCommitted = table.Column<long>(type: "bigint", nullable: false),
                    BytesCommitted = table.Column<long>(type: "bigint", nullable: false),
                    LineCommitted = table.Column<long>(type: "bigint", nullable: false),
                    Imported = table.Column<long>(type: "bigint", nullable: false),
                    Quarantined = table.Column<long>(type: "bigint", nullable: false),
                    Duplicates = table.Column<long>(type: "bigint", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "OperationStagingRows",
                columns: table => new
                {
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RowHash = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    RowNumber = table.Column<long>(type: "bigint", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Username = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Ip = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    AtMs = table.Column<long>(type: "bigint", nullable: true),
                    Phone = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    StatedAge = table.Column<int>(type: "integer", nullable: true),
                    AmountCents = table.Column<long>(type: "bigint", nullable: true),
                    Currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PayerEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    CryptoAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Country = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Target = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    DurationSeconds = table.Column<int>(type: "integer", nullable: true),
                    Method = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationStagingRows", x => new { x.OperationId, x.Kind, x.RowHash });
                });

            migrationBuilder.CreateTable(
                name: "OperationQuarantinedRows",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    RowNumber = table.Column<long>(type: "bigint", nullable: false),
                    Line = table.Column<long>(type: "bigint", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Raw = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_OperationImports_OperationId",
                table: "OperationImports",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationQuarantinedRows_AgencyCode",
                table: "OperationQuarantinedRows",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationStagingRows_AgencyCode",
                table: "OperationStagingRows",
                column: "AgencyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OperationQuarantinedRows");

            migrationBuilder.DropTable(
                name: "OperationStagingRows");

            migrationBuilder.DropTable(
                name: "OperationImports");
        }
    }
}
