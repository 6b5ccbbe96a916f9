using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// The account endpoints the product uses, and no others: register, sign in for a bearer token,
/// and refresh it. Identity's full set (2FA, password reset by email, e-mail confirmation,
/// account info) is not mapped: this server sends no e-mail, and the web sign-in completes no
/// second factor, so offering them would promise what the product does not do.
/// </summary>
public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(Throttling.CredentialPolicy);

        auth.MapPost("/register", async Task<Results<Ok, ValidationProblem, ProblemHttpResult>>
            ([FromBody] RegisterRequest registration, Registration accounts) =>
        {
            if (!accounts.IsOpen)
                return TypedResults.Problem(Registration.ClosedMessage, statusCode: StatusCodes.Status403Forbidden, title: "Registration is closed");
            var outcome = await accounts.RegisterAsync(registration.Email, registration.Password);
            if (outcome.Problems.Count > 0)
                return TypedResults.ValidationProblem(outcome.Problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
            // Created or already taken, the answer is the same: the caller learns nothing about other people's addresses.
            return TypedResults.Ok();
        }).WithSummary("Create an account. The answer is the same whether or not the address was already registered: sign in to find out.");

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
            ([FromBody] RefreshRequest refresh, SignInManager<Microsoft.AspNetCore.Identity.IdentityUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock) =>
        {
            var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = protector.Unprotect(refresh.RefreshToken);
            // An expired token, or one from before a sign-out or password change (a new security stamp), is refused.
            if (ticket?.Properties?.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                return TypedResults.Challenge();
            var principal = await signIn.CreateUserPrincipalAsync(user);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }).WithSummary("Trade a refresh token for a new access token. Refused after a sign-out or password change.");
    }
}
