using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Data;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Every error the API gives is problem details JSON with its status, never the HTML error page.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ApiErrorTests(WebApps apps) : IClassFixture<WebApps>
{
    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        response.StatusCode.ShouldBe(status, what);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", what);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("<html", Case.Insensitive, what);
        body.ShouldNotContain("   at ", customMessage: what);
        JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32().ShouldBe((int)status, what);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task EachClientErrorIsProblemDetails(string provider)
    {
        var app = apps[provider];
        var api = await app.ApiUserAsync();
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        await ShouldBeProblemAsync(await api.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "404");
        await ShouldBeProblemAsync(await anonymous.GetAsync("/api/pipeline"), HttpStatusCode.Unauthorized, "401");
        await ShouldBeProblemAsync(await api.DeleteAsync("/api/pipeline"), HttpStatusCode.MethodNotAllowed, "405");
        await ShouldBeProblemAsync(await api.PutPipelineRawAsync("""{ "version": 1, "opportunities": [] }""", ifMatch: "\"v999\""), HttpStatusCode.PreconditionFailed, "412");
        await ShouldBeProblemAsync(await api.PutPipelineRawAsync(new string(' ', 3 * 1024 * 1024)), HttpStatusCode.RequestEntityTooLarge, "413");
        await ShouldBeProblemAsync(await anonymous.PostAsync("/api/auth/login", new StringContent("email=a&password=b", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "415");
        await ShouldBeProblemAsync(await anonymous.PostAsync("/api/auth/login", new StringContent("{ not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "400 for JSON that does not read");
        await ShouldBeProblemAsync(await api.PutPipelineRawAsync("""{ "version": 1, "opportunities": [ { "id": "a" } ] }"""), HttpStatusCode.BadRequest, "400 for a bad document");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AServerErrorIsProblemDetailsWithoutInternals(string provider)
    {
        var api = await apps[provider].ApiUserAsync();

        var response = await api.GetAsync(OfferDeskFactory.ThrowingApiPathValue);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("<html", Case.Insensitive);
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Exception");
        body.ShouldNotContain("on purpose");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AStoredSearchThatNoLongerReadsIsA409ProblemDetailsWithoutInternals(string provider)
    {
        var app = apps[provider];
        var email = $"api-broken-{Guid.NewGuid():N}@example.test";
        var api = await app.ApiUserAsync(email);
        await api.PutPipelineAsync("""{ "version": 1, "opportunities": [] }""");
        // Break the stored search behind the app's back, past anything the app would save.
        using (var scope = app.Services.CreateScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email);
            await scope.ServiceProvider.GetRequiredService<OfferDeskDb>().Searches.Where(s => s.UserId == user!.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Document, "{ not json").SetProperty(s => s.Version, s => s.Version + 1));
        }

        var response = await api.GetAsync("/api/advice");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("<html", Case.Insensitive);
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Exception");
    }
}
