using Microsoft.EntityFrameworkCore;

namespace OfferDesk.Data;

/// <summary>Whom the morning email may be due to: an account with reminders on, its address and its search.</summary>
public sealed record ReminderCandidate(string UserId, string Email, int Hour, string? Document);

/// <summary>
/// The morning email's settings and its per-user-day sends. Every query names the user; the
/// claim is a plain insert that only one writer can win, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ReminderStore(OfferDeskDb db)
{
    public const int DefaultHour = 7;

    public async Task<ReminderSettingsRecord> SettingsAsync(string userId, CancellationToken ct = default) =>
        await db.ReminderSettings.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, ct)
        ?? new ReminderSettingsRecord { UserId = userId, Enabled = false, Hour = DefaultHour };

    public async Task SaveSettingsAsync(string userId, bool enabled, int hour, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        var changed = await db.ReminderSettings.Where(r => r.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Enabled, enabled).SetProperty(r => r.Hour, hour).SetProperty(r => r.UpdatedUtc, nowUtc), ct);
        if (changed > 0) return;
        db.ReminderSettings.Add(new ReminderSettingsRecord { UserId = userId, Enabled = enabled, Hour = hour, UpdatedUtc = nowUtc });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first saves at once: the other insert won; apply ours over it.
            db.ChangeTracker.Clear();
            await db.ReminderSettings.Where(r => r.UserId == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Enabled, enabled).SetProperty(r => r.Hour, hour).SetProperty(r => r.UpdatedUtc, nowUtc), ct);
        }
    }

    /// <summary>Turns the morning email off (the one-click unsubscribe); false when the account is gone.</summary>
    public async Task<bool> TurnOffAsync(string userId, DateTime nowUtc, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) return false;
        var settings = await SettingsAsync(userId, ct);
        await SaveSettingsAsync(userId, false, settings.Hour, nowUtc, ct);
        return true;
    }

    public async Task<string?> EmailAsync(string userId, CancellationToken ct = default) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct);

    /// <summary>The account's address if its owner has confirmed it, else null: the only address mail goes to.</summary>
    public async Task<string?> ConfirmedEmailAsync(string userId, CancellationToken ct = default) =>
        await db.Users.Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.Email).FirstOrDefaultAsync(ct);

    /// <summary>Every account with reminders on and an address, with its search document.</summary>
    public async Task<List<ReminderCandidate>> EnabledAsync(CancellationToken ct = default) =>
        await (from r in db.ReminderSettings.AsNoTracking()
               where r.Enabled
               join u in db.Users on r.UserId equals u.Id
               // No email to an address its owner has not confirmed (issue 22); where no mail server
               // is set up, nothing is sent at all, so nothing changes there.
               where u.Email != null && u.EmailConfirmed
               join s in db.Searches on r.UserId equals s.UserId into searches
               from s in searches.DefaultIfEmpty()
               select new ReminderCandidate(r.UserId, u.Email!, r.Hour, s == null ? null : s.Document))
            .ToListAsync(ct);

    /// <summary>The user-days from <paramref name="since"/> on that already have a send (whatever its state).</summary>
    public async Task<HashSet<(string UserId, DateOnly Day)>> ClaimedSinceAsync(DateOnly since, CancellationToken ct = default)
    {
        var rows = await db.ReminderSends.AsNoTracking().Where(r => r.Day >= since).Select(r => new { r.UserId, r.Day }).ToListAsync(ct);
        return [.. rows.Select(r => (r.UserId, r.Day))];
    }

    /// <summary>
    /// Claims the user's day for this instance: true when this call inserted the row, false when
    /// any instance (this one included, earlier) already had it. The primary key decides.
    /// </summary>
    public async Task<bool> ClaimAsync(string userId, DateOnly day, string instance, DateTime nowUtc, TimeSpan lease, CancellationToken ct = default)
    {
        // ON CONFLICT DO NOTHING is the same on SQLite (3.24+) and PostgreSQL: the loser gets 0
        // rows and no error (an error would abort a PostgreSQL transaction and fill the logs).
        var status = nameof(ReminderSendStatus.Sending);
        var until = nowUtc + lease;
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "ReminderSends" ("UserId", "Day", "Status", "Attempts", "ClaimedUtc", "LeaseUntilUtc", "Instance")
            VALUES ({userId}, {day}, {status}, 0, {nowUtc}, {until}, {instance})
            ON CONFLICT DO NOTHING
            """, ct);
        return inserted == 1;
    }

    /// <summary>Sends waiting for another try, or left "sending" by an instance that stopped before it finished.</summary>
    public async Task<List<ReminderSendRecord>> DueAgainAsync(DateTime nowUtc, CancellationToken ct = default) =>
        await db.ReminderSends.AsNoTracking()
            .Where(r => (r.Status == ReminderSendStatus.Retrying && r.NextAttemptUtc <= nowUtc)
                        || (r.Status == ReminderSendStatus.Sending && r.LeaseUntilUtc < nowUtc))
            .ToListAsync(ct);

    /// <summary>Takes over a send found by <see cref="DueAgainAsync"/>; false when another instance took it first.</summary>
    public async Task<bool> TakeOverAsync(ReminderSendRecord seen, string instance, DateTime nowUtc, TimeSpan lease, CancellationToken ct = default) =>
        await db.ReminderSends
            .Where(r => r.UserId == seen.UserId && r.Day == seen.Day && r.Status == seen.Status && r.Attempts == seen.Attempts)
            .Where(r => (r.Status == ReminderSendStatus.Retrying && r.NextAttemptUtc <= nowUtc)
                        || (r.Status == ReminderSendStatus.Sending && r.LeaseUntilUtc < nowUtc))
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, ReminderSendStatus.Sending)
                .SetProperty(r => r.LeaseUntilUtc, nowUtc + lease)
                .SetProperty(r => r.Instance, instance), ct) == 1;

    /// <summary>Records how a claimed send ended (only while this instance still holds it).</summary>
    public async Task FinishAsync(string userId, DateOnly day, string instance, ReminderSendStatus status, int attempts,
        DateTime? sentUtc, DateTime? nextAttemptUtc, string? error, CancellationToken ct = default)
    {
        var trimmed = error is { Length: > 1000 } ? error[..1000] : error;
        await db.ReminderSends
            .Where(r => r.UserId == userId && r.Day == day && r.Instance == instance && r.Status == ReminderSendStatus.Sending)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.Attempts, attempts)
                .SetProperty(r => r.SentUtc, sentUtc)
                .SetProperty(r => r.NextAttemptUtc, nextAttemptUtc)
                .SetProperty(r => r.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(r => r.LastError, trimmed), ct);
    }

    /// <summary>The user's most recent sends, newest first, for the Reminders page.</summary>
    public async Task<List<ReminderSendRecord>> RecentAsync(string userId, int count, CancellationToken ct = default) =>
        await db.ReminderSends.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.Day).Take(count).ToListAsync(ct);

    public async Task<ReminderSendRecord?> SendAsync(string userId, DateOnly day, CancellationToken ct = default) =>
        await db.ReminderSends.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Day == day, ct);
}
