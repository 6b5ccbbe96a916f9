using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OfferDesk.Data;
using OfferDesk.Web.Api;
using OfferDesk.Web.Infrastructure;

namespace OfferDesk.Web;

/// <summary>Wires the web app: storage, accounts, pages, the JSON API and the calendar feed.</summary>
public static class WebApp
{
    public const string LoginPolicy = "login";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var config = builder.Configuration;

        services.AddOfferDeskDb(config);
        services.AddMemoryCache(o => o.SizeLimit = config.GetValue("Cache:Searches", 2000));
        services.AddScoped<Desk>();
        services.AddHttpContextAccessor();

        services.AddIdentityApiEndpoints<IdentityUser>(o =>
            {
                // A modern policy (NIST SP 800-63B): length matters, composition rules do not.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<OfferDeskDb>();
        // Pages send a signed-out visitor to the sign-in page; the API answers 401 (see the cookie events).
        services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o => o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "offerdesk";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (IsApi(ctx.Request)) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Keys live in the database so every instance reads every other's cookies and tokens.
        services.AddDataProtection().SetApplicationName("OfferDesk");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new ProtectionKeyStore(sp.GetRequiredService<DatabaseTarget>())));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = config.GetValue("Security:LoginAttemptsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            // Not the whole /Account folder: an allowed-anonymous folder would override
            // AuthorizePage for /Account/Password, and show it to signed-out visitors.
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Register");
            o.Conventions.AllowAnonymousToPage("/Account/Logout");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "offerdesk-af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

        var app = builder.Build();

        using (var scope = app.Services.CreateScope())
            Database.MigrateIfNeeded(app.Services.GetRequiredService<DatabaseTarget>(), () => scope.ServiceProvider.GetRequiredService<OfferDeskDb>());

        // Build EF's model and the first pages off the request path, so the first user doesn't wait for it.
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() =>
        {
            using var scope = app.Services.CreateScope();
            _ = scope.ServiceProvider.GetRequiredService<OfferDeskDb>().Model;
        }));

        app.UseExceptionHandler("/error");
        // A bare status from the API (401, 404…) gets problem details, not the HTML error page.
        app.UseWhen(ctx => IsApi(ctx.Request), api => api.UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx.Request), pages => pages.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=604800",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<RepairRedirect>();
        app.UseMiddleware<RenderedCache>();

        app.MapOpenApi();
        app.MapGet("/health", () => TypedResults.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapGroup("/api/auth").WithTags("Accounts").MapIdentityApi<IdentityUser>();
        app.MapPipelineApi();
        app.MapCalendarFeed();
        app.MapRazorPages();
        return app;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
