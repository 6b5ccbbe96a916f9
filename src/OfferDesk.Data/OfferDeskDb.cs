using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OfferDesk.Data;

/// <summary>
/// The database: accounts (ASP.NET Core Identity), one search document per user, and the
/// Data Protection keys every app instance shares. One model serves SQLite and PostgreSQL.
/// </summary>
public sealed class OfferDeskDb(DbContextOptions<OfferDeskDb> options) : IdentityUserContext<IdentityUser>(options)
{
    public DbSet<SearchRecord> Searches => Set<SearchRecord>();
    public DbSet<ProtectionKeyRecord> ProtectionKeys => Set<ProtectionKeyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<SearchRecord>(e =>
        {
            e.ToTable("Searches");
            e.HasKey(s => s.UserId);
            e.Property(s => s.UserId).HasMaxLength(450);
            e.Property(s => s.Document).IsRequired();
            e.Property(s => s.Version).IsConcurrencyToken();
            e.Property(s => s.CalendarToken).HasMaxLength(64);
            e.HasIndex(s => s.CalendarToken).IsUnique();
            e.HasOne<IdentityUser>().WithOne().HasForeignKey<SearchRecord>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ProtectionKeyRecord>(e =>
        {
            e.ToTable("ProtectionKeys");
            e.HasKey(k => k.Name);
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Xml).IsRequired();
        });
    }
}

/// <summary>A user's whole search, stored as the pipeline document (see docs/adr/0002).</summary>
public sealed class SearchRecord
{
    public string UserId { get; set; } = "";

    /// <summary>The pipeline document, PLAYBOOK section 1, compact JSON.</summary>
    public string Document { get; set; } = "";

    /// <summary>Bumped on every save; a save that expected an older version is a conflict.</summary>
    public int Version { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The secret in the private calendar feed's address; null when the feed is off.</summary>
    public string? CalendarToken { get; set; }
}

/// <summary>A Data Protection key ring entry, so cookies and tokens work on every instance.</summary>
public sealed class ProtectionKeyRecord
{
    public string Name { get; set; } = "";
    public string Xml { get; set; } = "";
}
