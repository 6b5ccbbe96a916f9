using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The API describes itself, and speaks JSON even when it has nothing to say.</summary>
public sealed class ApiSurfaceTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task TheOpenApiDocumentListsThePipelineAndAdviceRoutes()
    {
        var response = await fixture.App.Browser().GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/pipeline").TryGetProperty("get", out _).ShouldBeTrue();
        paths.GetProperty("/api/pipeline").TryGetProperty("put", out _).ShouldBeTrue();
        paths.GetProperty("/api/advice").TryGetProperty("get", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AnUnknownApiRouteIs404ProblemDetails()
    {
        var client = await fixture.App.ApiUserAsync();

        var response = await client.GetAsync("/api/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
