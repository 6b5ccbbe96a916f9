using Microsoft.AspNetCore.Identity;
using OfferDesk.Core.Documents;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// What a registration came to. Problems are about the input alone, never about whether the address is taken.
/// <see cref="Created"/> is the new account, or null (a refused input, or an address that already had one): only the
/// sign-up page uses it, to sign the new user in; the API answers the same either way.
/// </summary>
public sealed record RegistrationOutcome(IReadOnlyList<Problem> Problems, IdentityUser? Created = null);

/// <summary>
/// Creating accounts, for the register page and the API alike. Registration can be closed by
/// configuration (<c>Accounts:Registration=closed</c>) for a private install. Registering an
/// address that already has an account answers exactly as a new one does, and costs the same
/// work (the password is hashed either way), so nobody can learn who has an account here.
/// </summary>
public sealed class Registration(UserManager<IdentityUser> users, IConfiguration config)
{
    public const string ClosedMessage = "This OfferDesk is private: new accounts are not being created here. Ask the person who runs it.";

    public bool IsOpen => !string.Equals(config["Accounts:Registration"], "closed", StringComparison.OrdinalIgnoreCase);

    /// <param name="created">Called with the new user's id when an account was made (never for a taken address), to set up what came with the sign-up.</param>
    public async Task<RegistrationOutcome> RegisterAsync(string? email, string? password, Func<string, Task>? created = null)
    {
        email = email?.Trim() ?? "";
        var problems = new List<Problem>();
        if (email.Length == 0 || !email.Contains('@')) problems.Add(new Problem("email", "enter the email address you will sign in with"));
        else if (email.Length > 254) problems.Add(new Problem("email", "use at most 254 characters"));
        if (string.IsNullOrEmpty(password) || password.Length < 8) problems.Add(new Problem("password", "use at least 8 characters"));
        else if (password.Length > 1024) problems.Add(new Problem("password", "use at most 1024 characters"));
        if (problems.Count > 0) return new RegistrationOutcome(problems);

        // CreateAsync hashes the password before it looks for a duplicate, so a taken address costs the same.
        var user = new IdentityUser { UserName = email, Email = email };
        var result = await users.CreateAsync(user, password!);
        if (result.Succeeded && created is not null) await created(user.Id);
        var errors = result.Errors.Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)));
        return new RegistrationOutcome([.. errors.Select(e => new Problem(e.Code.Contains("Password") ? "password" : "email", e.Description))],
            result.Succeeded ? user : null);
    }
}
