using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// Identity's sign-in manager, except that a sign-in for an address with no account still
/// checks the password against a hash: otherwise a wrong password for a real account takes many
/// times longer to refuse than an unknown address, and the difference says who has an account.
/// A sign-in for bearer tokens also starts their refresh family.
/// </summary>
public sealed class TimedSignInManager(
    UserManager<IdentityUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<IdentityUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<IdentityUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<IdentityUser> confirmation,
    IPasswordHasher<IdentityUser> hasher,
    DecoyHash decoy,
    RefreshFamilies families,
    AddressLockout lockout,
    IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions> bearer)
    : SignInManager<IdentityUser>(users, http, claims, options, logger, schemes, confirmation)
{
    /// <summary>A sign-in for bearer tokens starts a family of one-use refresh tokens (<see cref="RefreshFamilies"/>).</summary>
    public override async Task SignInWithClaimsAsync(IdentityUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        if (AuthenticationScheme == IdentityConstants.BearerScheme)
            additionalClaims = [.. additionalClaims, .. await families.StartAsync(user.Id, bearer.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration)];
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // Locked per submitted address first, account or not (AddressLockout): the same answer either way.
        if (lockoutOnFailure && lockout.IsLocked(userName)) return SignInResult.LockedOut;
        var user = await UserManager.FindByNameAsync(userName);
        SignInResult result;
        if (user is null)
        {
            hasher.VerifyHashedPassword(decoy.User, decoy.Hash(hasher), password);
            result = SignInResult.Failed;
        }
        else result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (!lockoutOnFailure) return result;
        if (result.Succeeded) lockout.Succeeded(userName);
        else if (result.IsLockedOut) lockout.Lock(userName);
        else if (!result.IsNotAllowed && !result.RequiresTwoFactor && lockout.Failed(userName)) result = SignInResult.LockedOut;
        return result;
    }
}

/// <summary>A password hash made once with the configured hasher, so checking it costs what checking a real one does.</summary>
public sealed class DecoyHash
{
    private string? _hash;
    public IdentityUser User { get; } = new() { UserName = "decoy" };

    public string Hash(IPasswordHasher<IdentityUser> hasher) =>
        _hash ??= hasher.HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
