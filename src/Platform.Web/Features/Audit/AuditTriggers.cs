using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Database triggers that make the audit table append-only and let the chain head only move forward, so that
/// even the application's own database account cannot quietly rewrite history. Called from the Audit migration of
/// each provider. On SQLite, a later migration that rebuilds either table drops its triggers: call
/// <see cref="Create"/> again in that migration.
/// </summary>
public static class AuditTriggers
{
    public const string EntriesTable = "AuditEntries";
    public const string HeadTable = "AuditChainHead";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        var statements = migrationBuilder.IsNpgsql() ? PostgresCreate : SqliteCreate;
        foreach (var sql in statements)
        {
            migrationBuilder.Sql(sql);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        var statements = migrationBuilder.IsNpgsql() ? PostgresDrop : SqliteDrop;
        foreach (var sql in statements)
        {
            migrationBuilder.Sql(sql);
        }
    }

    private static readonly string[] PostgresCreate =
    [
        """
        CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """,
        """
        CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' OR NEW."LastSequence" < OLD."LastSequence"
               OR (NEW."LastSequence" = OLD."LastSequence" AND NEW."LastHash" <> OLD."LastHash") THEN
                RAISE EXCEPTION 'The audit chain head only moves forward: % is refused', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END;
        $$;
        """,
        """CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();""",
        """CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();""",
        """CREATE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE ON "AuditChainHead" FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();""",
        """CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON "AuditChainHead" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();""",
    ];

    private static readonly string[] PostgresDrop =
    [
        """DROP TRIGGER IF EXISTS audit_head_no_truncate ON "AuditChainHead";""",
        """DROP TRIGGER IF EXISTS audit_head_forward_only ON "AuditChainHead";""",
        """DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";""",
        """DROP TRIGGER IF EXISTS audit_entries_append_only ON "AuditEntries";""",
        "DROP FUNCTION IF EXISTS audit_head_forward_only();",
        "DROP FUNCTION IF EXISTS audit_refuse_change();",
    ];

    private static readonly string[] SqliteCreate =
    [
        """
        CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: UPDATE is refused'); END;
        """,
        """
        CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: DELETE is refused'); END;
        """,
        """
        CREATE TRIGGER "AuditChainHead_forward_only" BEFORE UPDATE ON "AuditChainHead"
        WHEN NEW."LastSequence" < OLD."LastSequence"
          OR (NEW."LastSequence" = OLD."LastSequence" AND NEW."LastHash" <> OLD."LastHash")
        BEGIN SELECT RAISE(ABORT, 'The audit chain head only moves forward: UPDATE is refused'); END;
        """,
        """
        CREATE TRIGGER "AuditChainHead_no_delete" BEFORE DELETE ON "AuditChainHead"
        BEGIN SELECT RAISE(ABORT, 'The audit chain head only moves forward: DELETE is refused'); END;
        """,
    ];

    private static readonly string[] SqliteDrop =
    [
        """DROP TRIGGER IF EXISTS "AuditChainHead_no_delete";""",
        """DROP TRIGGER IF EXISTS "AuditChainHead_forward_only";""",
        """DROP TRIGGER IF EXISTS "AuditEntries_no_delete";""",
        """DROP TRIGGER IF EXISTS "AuditEntries_no_update";""",
    ];
}
