using System.Threading.RateLimiting;

namespace OfferDesk.Web.Reminders;

/// <summary>
/// How often "send me today's email now" may send (issue 22), on the page and the API alike,
/// with the framework's rate limiters: one at a time per account; 3 per 15 minutes per account;
/// 5 a day to one address, whichever accounts ask. A test proves the path works once; more is
/// someone using this server to mail an address. Counted per instance (in memory).
/// </summary>
public sealed class SendNowLimits : IDisposable
{
    public const int PerAccount = 3;
    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(15);
    public const int PerRecipient = 5;
    public static readonly TimeSpan RecipientWindow = TimeSpan.FromDays(1);

    private readonly PartitionedRateLimiter<string> _inFlight = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetConcurrencyLimiter(user, _ => new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 }));

    private readonly PartitionedRateLimiter<string> _accounts = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = PerAccount, Window = AccountWindow, SegmentsPerWindow = 15, QueueLimit = 0, AutoReplenishment = true,
        }));

    private readonly PartitionedRateLimiter<string> _recipients = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = PerRecipient, Window = RecipientWindow, SegmentsPerWindow = 24, QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>Leave to send one now (dispose it when the send is over), or why not and when to try again.</summary>
    public sealed record Permit(IDisposable? Lease, string? Refusal, TimeSpan RetryAfter) : IDisposable
    {
        public bool Granted => Refusal is null;
        public void Dispose() => Lease?.Dispose();
    }

    public Permit TryAcquire(string userId, string address)
    {
        var inFlight = _inFlight.AttemptAcquire(userId);
        if (!inFlight.IsAcquired)
            return Refused(inFlight, "a test email is being sent for you already: wait for it to arrive", TimeSpan.FromSeconds(30));
        using (var account = _accounts.AttemptAcquire(userId))
            if (!account.IsAcquired)
            {
                inFlight.Dispose();
                return Refused(account, $"you asked for {PerAccount} test emails in the last {AccountWindow.TotalMinutes:0} minutes; wait a little, then try again", AccountWindow);
            }
        using (var recipient = _recipients.AttemptAcquire(address.Trim().ToUpperInvariant()))
            if (!recipient.IsAcquired)
            {
                inFlight.Dispose();
                return Refused(recipient, $"{address.Trim()} has had {PerRecipient} test emails today; try again tomorrow", RecipientWindow);
            }
        return new Permit(inFlight, null, TimeSpan.Zero);
    }

    private static Permit Refused(RateLimitLease lease, string why, TimeSpan otherwise)
    {
        var after = lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : otherwise;
        lease.Dispose();
        return new Permit(null, why, after);
    }

    public void Dispose()
    {
        _inFlight.Dispose();
        _accounts.Dispose();
        _recipients.Dispose();
    }
}
