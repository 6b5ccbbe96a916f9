using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// The account endpoints the product uses, and no others: register, sign in for a bearer token,
/// refresh it (each refresh token once), and sign that token out. Identity's full set (2FA, password reset by email, e-mail confirmation,
/// account info) is not mapped: confirmation and reset by email are the pages', and the web sign-in completes no
/// second factor, so offering them would promise what the product does not do.
/// </summary>
public static class AccountsApi
{
    /// <summary>The answer to a registration an API client can act on: the same for a new address and a taken one.</summary>
    /// <param name="Status">Always "accepted".</param>
    /// <param name="Next">What to do next, in words.</param>
    /// <param name="Login">Where to sign in for a token.</param>
    public sealed record RegistrationAnswer(string Status, string Next, string Login)
    {
        public static readonly RegistrationAnswer Accepted = new("accepted",
            "Sign in: POST /api/auth/login with this email and password for a bearer token. If the address already had an account here, its own password is the one that works, and nothing about it changed.",
            "/api/auth/login");
    }

    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(Throttling.CredentialPolicy);

        auth.MapPost("/register", async Task<Results<Accepted<RegistrationAnswer>, ValidationProblem, ProblemHttpResult>>
            ([FromBody] RegisterRequest registration, Registration accounts) =>
        {
            if (!accounts.IsOpen)
                return TypedResults.Problem(Registration.ClosedMessage, statusCode: StatusCodes.Status403Forbidden, title: "Registration is closed");
            var outcome = await accounts.RegisterAsync(registration.Email, registration.Password);
            if (outcome.Problems.Count > 0)
                return TypedResults.ValidationProblem(outcome.Problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
            // Created or already taken, the answer is the same: the caller learns nothing about other people's addresses.
            return TypedResults.Accepted((string?)null, RegistrationAnswer.Accepted);
        }).WithSummary("Create an account. The answer is the same whether or not the address was already registered: sign in to find out.")
          .WithDescription("Answers 202 with what to do next: POST /api/auth/login with the same email and password for a bearer token. The answer does not say whether the address was new (so nobody can learn who has an account here); if it already had an account, that account and its password are unchanged, and the login answers 401 for the password sent here.");

        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>>
            ([FromBody] LoginRequest login, SignInManager<Microsoft.AspNetCore.Identity.IdentityUser> signIn, HttpContext http) =>
        {
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(login.Email ?? "", login.Password ?? "", isPersistent: false, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                http.Response.Headers.RetryAfter = Throttling.LockoutRetryAfterSeconds;
                return TypedResults.Problem("Too many attempts. For your safety, signing in is paused for a few minutes.", statusCode: StatusCodes.Status429TooManyRequests);
            }
            if (!result.Succeeded)
                return TypedResults.Problem("That email and password don't match an account here.", statusCode: StatusCodes.Status401Unauthorized);
            // The sign-in manager has written the access and refresh tokens as the response.
            return TypedResults.Empty;
        }).WithSummary("Sign in with email and password; the answer holds a bearer access token and a refresh token.");

        auth.MapPost("/refresh", async Task<Results<Ok<AccessTokenResponse>, UnauthorizedHttpResult, SignInHttpResult, ChallengeHttpResult>>
            ([FromBody] RefreshRequest refresh, SignInManager<Microsoft.AspNetCore.Identity.IdentityUser> signIn, RefreshFamilies families,
             IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock, CancellationToken ct) =>
        {
            var bearer = options.Get(IdentityConstants.BearerScheme);
            var ticket = bearer.RefreshTokenProtector.Unprotect(refresh.RefreshToken);
            // An expired token, or one from before a sign-out or password change (a new security stamp), is refused.
            if (ticket?.Properties?.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                return TypedResults.Challenge();
            // One use each: a token already traded in ends its whole family (RefreshFamilies).
            if (await families.RotateAsync(user.Id, ticket.Principal, bearer.RefreshTokenExpiration, ct) is not { } next)
                return TypedResults.Challenge();
            var principal = await signIn.CreateUserPrincipalAsync(user);
            ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaims(next);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }).WithSummary("Trade a refresh token for a new access token and a new refresh token. Each refresh token works once: one used again ends that sign-in's tokens. Refused after a sign-out or password change.");

        // Outside the credential throttle: signing out guesses nothing.
        app.MapPost("/api/auth/logout", async Task<NoContent> (HttpContext http, RefreshFamilies families, CancellationToken ct) =>
        {
            if (http.User.FindFirstValue(RefreshFamilies.FamilyClaim) is { } family)
                await families.EndAsync(http.User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier)!, family, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithTags("Accounts")
          .WithSummary("Sign out this token's sign-in: its access token and refresh token stop working at once. The browser's session, and other sign-ins, stay.");
    }
}
