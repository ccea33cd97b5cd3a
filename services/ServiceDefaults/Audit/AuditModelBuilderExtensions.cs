using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Audit;

public static class AuditModelBuilderExtensions
{
    /// <summary>
    /// Maps the audit trail into a service's model. The migration that creates the table must also run
    /// <see cref="AppendOnlySql"/>, so nobody (the service's own user included) can rewrite the trail.
    /// </summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("audit_records");
            audit.HasKey(a => a.Sequence);
            audit.Property(a => a.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            audit.Property(a => a.At).HasColumnName("at");
            audit.Property(a => a.Subject).HasColumnName("subject").HasMaxLength(200);
            audit.Property(a => a.Roles).HasColumnName("roles").HasMaxLength(500);
            audit.Property(a => a.Rpc).HasColumnName("rpc").HasMaxLength(200);
            audit.Property(a => a.TargetId).HasColumnName("target_id").HasMaxLength(200);
            audit.Property(a => a.Outcome).HasColumnName("outcome").HasMaxLength(40);
            audit.Property(a => a.Kind).HasColumnName("kind").HasMaxLength(40);
            audit.HasIndex(a => new { a.Subject, a.Sequence });
            audit.HasIndex(a => new { a.TargetId, a.Sequence });
            audit.HasIndex(a => a.At);
        });
        return modelBuilder;
    }

    /// <summary>
    /// Makes audit_records append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every user, and the
    /// table's owner (the service's user) gives up those privileges. Landed migrations run this text: never
    /// change it; a different rule needs a new constant and a new migration.
    /// </summary>
    public const string AppendOnlySql = """
        CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER audit_records_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_records
          FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
        CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
          FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_records FROM CURRENT_USER;
        """;
}
