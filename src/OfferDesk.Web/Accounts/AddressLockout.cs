using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// The sign-in lockout counted per submitted address, whether or not an account has it (issue
/// 22): five wrong passwords for any address pause signing in with it for five minutes, as
/// Identity's own lockout does for an account. Before, only a real account was locked, so six
/// wrong passwords told a real address (429) from an unknown one (401). Identity's lockout stays
/// (it is in the database, for every instance); this one is in memory, per instance, bounded.
/// </summary>
public sealed class AddressLockout(TimeProvider clock, IOptions<IdentityOptions> identity) : IDisposable
{
    private sealed class Attempts
    {
        public int Failures;
        public DateTimeOffset? Until;
    }

    // At most this many addresses are remembered; the oldest go first (a guesser spraying
    // addresses cannot grow memory without end).
    private readonly MemoryCache _attempts = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    private int Max => identity.Value.Lockout.MaxFailedAccessAttempts;
    private TimeSpan Span => identity.Value.Lockout.DefaultLockoutTimeSpan;

    private static string Key(string address) => address.Trim().ToUpperInvariant();

    public bool IsLocked(string address) =>
        _attempts.TryGetValue(Key(address), out Attempts? a) && a!.Until is { } until && until > clock.GetUtcNow();

    /// <summary>Counts a wrong password; true when this one locks the address.</summary>
    public bool Failed(string address)
    {
        var a = _attempts.GetOrCreate(Key(address), e =>
        {
            e.Size = 1;
            e.SlidingExpiration = Span + Span;
            return new Attempts();
        })!;
        lock (a)
        {
            if (a.Until is { } until && until <= clock.GetUtcNow()) a.Until = null;
            if (++a.Failures < Max) return false;
            a.Failures = 0;
            a.Until = clock.GetUtcNow() + Span;
            return true;
        }
    }

    /// <summary>Locks the address now (Identity has just locked its account), so both end together.</summary>
    public void Lock(string address)
    {
        Failed(address);
        if (_attempts.TryGetValue(Key(address), out Attempts? a))
            lock (a!)
            {
                a.Failures = 0;
                a.Until = clock.GetUtcNow() + Span;
            }
    }

    public void Succeeded(string address) => _attempts.Remove(Key(address));

    public void Dispose() => _attempts.Dispose();
}
