using Microsoft.AspNetCore.Identity;
using Zxcvbn.Matcher;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// Refuses a password that is guessed first (issue 22; NIST SP 800-63B asks for exactly this
/// check against breached and common passwords): one of the common passwords of zxcvbn's list
/// (30,000 from public leaks, with l33t spellings and reversals: "password", "12345678",
/// "p@ssw0rd"), the account's own address or the part before its @, or a pattern found in
/// under a thousand guesses (a repeat, a sequence, a keyboard row). Identity runs it at sign-up
/// (page and API) and at every password change, before the password is hashed.
/// </summary>
public sealed class GuessablePasswords : IPasswordValidator<IdentityUser>
{
    /// <summary>The characters looked at: a longer password is not a common one, and the estimate grows with the length.</summary>
    private const int Examined = 64;

    // One instance: its dictionaries are read once (zxcvbn builds them with the instance).
    private static readonly global::Zxcvbn.Zxcvbn Estimator = new();

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
        Task.FromResult(Problem(password ?? "", user.Email) is { } problem
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordGuessable", Description = problem })
            : IdentityResult.Success);

    /// <summary>Why this password would be guessed at once, in a person's words, or null when it would not.</summary>
    public static string? Problem(string password, string? email)
    {
        var address = email?.Trim() ?? "";
        var local = address.Split('@')[0];
        var trimmed = password.Trim();
        if (address.Length > 0 && (trimmed.Equals(address, StringComparison.OrdinalIgnoreCase) || (local.Length > 0 && trimmed.Equals(local, StringComparison.OrdinalIgnoreCase))))
            return "do not use your email address as your password: it is the first thing anyone would try, so choose another";
        var examined = password.Length > Examined ? password[..Examined] : password;
        var result = Estimator.EvaluatePassword(examined, address.Length > 0 ? [address, local] : []);
        if (password.Length <= Examined && result.MatchSequence.ToList() is [DictionaryMatch { DictionaryName: "passwords" or "user_inputs" } whole]
            && whole.i == 0 && whole.j == password.Length - 1)
            return whole.DictionaryName == "user_inputs"
                ? "do not use your email address as your password: it is the first thing anyone would try, so choose another"
                : "this is one of the most common passwords, among the first anyone tries: choose another (a few words only you would put together make a good one)";
        if (result.Score == 0)
            return "this password is too easy to guess (a repeat, a sequence or a row of the keyboard): choose another (a few words only you would put together make a good one)";
        return null;
    }
}
