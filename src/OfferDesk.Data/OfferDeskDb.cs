using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OfferDesk.Data;

/// <summary>
/// The database: accounts (ASP.NET Core Identity), one search document per user, the morning
/// email's settings and its per-day sends, and the Data Protection keys every app instance
/// shares. One model serves SQLite and PostgreSQL.
/// </summary>
public sealed class OfferDeskDb(DbContextOptions<OfferDeskDb> options) : IdentityUserContext<IdentityUser>(options)
{
    public DbSet<SearchRecord> Searches => Set<SearchRecord>();
    public DbSet<ProtectionKeyRecord> ProtectionKeys => Set<ProtectionKeyRecord>();
    public DbSet<ReminderSettingsRecord> ReminderSettings => Set<ReminderSettingsRecord>();
    public DbSet<ReminderSendRecord> ReminderSends => Set<ReminderSendRecord>();

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
        builder.Entity<ReminderSettingsRecord>(e =>
        {
            e.ToTable("ReminderSettings");
            e.HasKey(r => r.UserId);
            e.Property(r => r.UserId).HasMaxLength(450);
            e.HasOne<IdentityUser>().WithOne().HasForeignKey<ReminderSettingsRecord>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ReminderSendRecord>(e =>
        {
            e.ToTable("ReminderSends");
            // The key is the claim: one row per user and day, whichever instance inserts it first.
            e.HasKey(r => new { r.UserId, r.Day });
            e.Property(r => r.UserId).HasMaxLength(450);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Instance).HasMaxLength(100);
            e.Property(r => r.LastError).HasMaxLength(1000);
            e.HasIndex(r => new { r.Status, r.NextAttemptUtc });
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
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

/// <summary>A user's morning email: on or off, and the hour (0-23) in their time zone.</summary>
public sealed class ReminderSettingsRecord
{
    public string UserId { get; set; } = "";
    public bool Enabled { get; set; }
    public int Hour { get; set; } = 7;
    public DateTime UpdatedUtc { get; set; }
}

public enum ReminderSendStatus { Sending, Retrying, Sent, Failed, NothingToSend }

/// <summary>
/// One user's morning email for one day (in their zone): claimed by one app instance before it
/// sends, so a restart, a crash or a second instance never sends that day's email twice.
/// </summary>
public sealed class ReminderSendRecord
{
    public string UserId { get; set; } = "";
    public DateOnly Day { get; set; }
    public ReminderSendStatus Status { get; set; }

    /// <summary>Tries so far, failed ones included.</summary>
    public int Attempts { get; set; }

    public DateTime ClaimedUtc { get; set; }

    /// <summary>While sending: when another instance may take the send over (the claimer crashed).</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>While retrying: the earliest moment of the next try.</summary>
    public DateTime? NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>Why the last try failed, for the Reminders page.</summary>
    public string? LastError { get; set; }

    /// <summary>The instance that holds (or last held) the claim, for the logs.</summary>
    public string? Instance { get; set; }
}
