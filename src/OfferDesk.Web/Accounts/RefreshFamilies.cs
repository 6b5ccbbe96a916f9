using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OfferDesk.Data;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// One-use refresh tokens (issue 22). Each API sign-in starts a family: a row of Identity's user
/// tokens (provider <see cref="Provider"/>, name the family's id) holding the one refresh token of
/// the family that may still be used. Trading it in gives the next, and the old one is spent.
/// A spent token presented again means two parties hold the family's tokens (one of them stole
/// them): the family ends, its refresh token and its access tokens alike, and its owner signs in
/// again. Signing out through the API ends the family too. The family's id and the token's id
/// travel as claims in both tokens (signed and encrypted by the key ring).
/// </summary>
public sealed class RefreshFamilies(OfferDeskDb db, TimeProvider clock)
{
    public const string Provider = "OfferDesk.RefreshFamily";
    public const string FamilyClaim = "offerdesk:family";
    public const string TokenClaim = "offerdesk:refresh";

    /// <summary>A new family for a sign-in: its claims, to be put in the tokens the sign-in writes.</summary>
    public async Task<Claim[]> StartAsync(string userId, TimeSpan lifetime, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Families whose last refresh token has expired are of no use to anyone: gone with each new sign-in.
        var mine = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(ct);
        db.UserTokens.RemoveRange(mine.Where(t => Expires(t.Value) <= now));
        var family = NewId();
        var token = NewId();
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = family, Value = Value(token, now + lifetime) });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return [new Claim(FamilyClaim, family), new Claim(TokenClaim, token)];
    }

    /// <summary>
    /// Spends the refresh token of <paramref name="presented"/> and gives the claims of the next,
    /// or null when it may not be used: its family has ended, or the token was spent already (then
    /// the family ends now).
    /// </summary>
    public async Task<Claim[]?> RotateAsync(string userId, ClaimsPrincipal presented, TimeSpan lifetime, CancellationToken ct = default)
    {
        if (presented.FindFirstValue(FamilyClaim) is not { } family || presented.FindFirstValue(TokenClaim) is not { } token) return null;
        var stored = await db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == family)
            .Select(t => t.Value).FirstOrDefaultAsync(ct);
        if (stored is null) return null;
        var next = NewId();
        // Spent only if it is still the family's current token: of two uses racing, one wins.
        var changed = stored.Split(' ')[0] == token
            ? await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == family && t.Value == stored)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Value, Value(next, clock.GetUtcNow() + lifetime)), ct)
            : 0;
        if (changed == 1) return [new Claim(FamilyClaim, family), new Claim(TokenClaim, next)];
        await EndAsync(userId, family, ct);
        return null;
    }

    /// <summary>Whether the family an access token belongs to is still going; a token from before families existed is judged by its stamp alone.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.FindFirstValue(FamilyClaim) is not { } family) return true;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.UserTokens.AsNoTracking().AnyAsync(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == family, ct);
    }

    /// <summary>Ends a family: its refresh token and its access tokens stop working at once.</summary>
    public Task EndAsync(string userId, string family, CancellationToken ct = default) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == family).ExecuteDeleteAsync(ct);

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Value(string token, DateTimeOffset expires) =>
        $"{token} {expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";

    private static DateTimeOffset Expires(string? value) =>
        value?.Split(' ') is [_, var s] && long.TryParse(s, CultureInfo.InvariantCulture, out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix) : DateTimeOffset.MinValue;
}
