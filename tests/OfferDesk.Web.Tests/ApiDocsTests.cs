using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The OpenAPI document is complete: only the product's endpoints, each named and summed up,
/// how to sign in, the pipeline and advice documents, and every refusal an endpoint can give.
/// </summary>
public sealed class ApiDocsTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var response = await fixture.App.Browser().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    [Fact]
    public async Task TheDocumentListsOnlyTheEndpointsTheProductUses()
    {
        var document = await DocumentAsync();

        var listed = Operations(document).Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal).ToList();
        listed.ShouldBe(new[]
        {
            "get /api/advice", "get /api/offers", "get /api/pipeline", "get /api/reminders", "get /api/timeline", "get /calendar/{token}.ics",
            "post /api/auth/login", "post /api/auth/logout", "post /api/auth/refresh", "post /api/auth/register", "post /api/moves/done", "post /api/reminders/confirm-address", "post /api/reminders/send-now",
            "put /api/pipeline", "put /api/reminders",
        }.Order(StringComparer.Ordinal), ignoreOrder: false);
    }

    [Fact]
    public async Task RegisterAnswers202WithWhatToDoNext()
    {
        var document = await DocumentAsync();
        var register = Operations(document).Single(o => o.Path == "/api/auth/register").Operation;

        var responses = register.GetProperty("responses");
        responses.TryGetProperty("200", out _).ShouldBeFalse("no empty 200");
        var schema = responses.GetProperty("202").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["status", "next", "login"], ignoreOrder: true);
        register.GetProperty("description").GetString()!.ShouldContain("POST /api/auth/login");
    }

    [Fact]
    public async Task EveryOperationHasASummaryAUniqueIdAndSaysHowToSignIn()
    {
        var document = await DocumentAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        schemes.GetProperty("cookie").GetProperty("in").GetString().ShouldBe("cookie");

        var ids = new HashSet<string>();
        foreach (var (path, method, op) in Operations(document))
        {
            op.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace($"{method} {path}");
            ids.Add(op.GetProperty("operationId").GetString()!).ShouldBeTrue($"{method} {path}: a unique operationId");
            var security = op.GetProperty("security").EnumerateArray().ToList();
            if ((path.StartsWith("/api/auth/") && path != "/api/auth/logout") || path.StartsWith("/calendar/"))
                security.ShouldAllBe(r => !r.EnumerateObject().Any(), $"{method} {path} needs no sign-in");
            else
            {
                // The cookie reads; a change takes the bearer token (ApiRequests).
                security.Select(r => r.EnumerateObject().Single().Name).ShouldBe(method == "get" ? ["bearer", "cookie"] : ["bearer"], $"{method} {path}");
                if (method != "get") op.GetProperty("responses").TryGetProperty("415", out _).ShouldBeTrue($"{method} {path} can answer 415");
                op.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue($"{method} {path} can answer 401");
            }
        }
    }

    [Fact]
    public async Task ThePipelineAndAdviceDocumentsAreDescribed()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");

        Ref(paths.GetProperty("/api/pipeline").GetProperty("get").GetProperty("responses").GetProperty("200")).ShouldBe("#/components/schemas/Pipeline");
        Ref(paths.GetProperty("/api/pipeline").GetProperty("put").GetProperty("requestBody")).ShouldBe("#/components/schemas/Pipeline");
        Ref(paths.GetProperty("/api/advice").GetProperty("get").GetProperty("responses").GetProperty("200")).ShouldBe("#/components/schemas/Advice");
        var stage = document.GetProperty("components").GetProperty("schemas").GetProperty("Opportunity").GetProperty("properties").GetProperty("stage");
        stage.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("interviewing");
        var hour = document.GetProperty("components").GetProperty("schemas").GetProperty("ReminderSettings").GetProperty("properties").GetProperty("hour");
        (hour.GetProperty("minimum").ToString(), hour.GetProperty("maximum").ToString()).ShouldBe(("0", "23"));
    }

    private static string? Ref(JsonElement withContent) =>
        withContent.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();

    [Fact]
    public async Task EveryPropertyOfRealDocumentsIsInTheirSchemas()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var client = await fixture.App.ApiUserAsync();
        var rival = JsonDocument.Parse(Documents.Rival).RootElement;
        await client.PutPipelineAsync(Documents.Rival);

        var missing = new List<string>();
        Walk(JsonDocument.Parse(await client.PipelineAsync()).RootElement, schemas.GetProperty("Pipeline"), schemas, "", missing);
        Walk(rival, schemas.GetProperty("Pipeline"), schemas, "", missing);
        Walk(await client.AdviceAsync(), schemas.GetProperty("Advice"), schemas, "", missing);

        missing.ShouldBeEmpty();
    }

    /// <summary>Every property of <paramref name="value"/> is one its schema names, all the way down.</summary>
    private static void Walk(JsonElement value, JsonElement schema, JsonElement schemas, string path, List<string> missing)
    {
        if (schema.TryGetProperty("$ref", out var r)) schema = schemas.GetProperty(r.GetString()!.Split('/')[^1]);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = schema.GetProperty("properties");
                foreach (var p in value.EnumerateObject())
                {
                    if (!properties.TryGetProperty(p.Name, out var inner)) missing.Add($"{path}.{p.Name}");
                    else Walk(p.Value, inner, schemas, $"{path}.{p.Name}", missing);
                }
                if (schema.TryGetProperty("required", out var required))
                    foreach (var name in required.EnumerateArray())
                        if (!value.TryGetProperty(name.GetString()!, out _)) missing.Add($"{path}.{name.GetString()} (required, absent)");
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray()) Walk(item, schema.GetProperty("items"), schemas, $"{path}[{i++}]", missing);
                break;
            case JsonValueKind.String when schema.TryGetProperty("enum", out var codes):
                if (!codes.EnumerateArray().Any(c => c.GetString() == value.GetString())) missing.Add($"{path} = {value.GetString()} (not in enum)");
                break;
        }
    }

    [Fact]
    public async Task EveryRefusalTheApiGivesIsInTheDocument()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var client = await fixture.App.ApiUserAsync();
        var anonymous = fixture.App.Browser();

        var answers = new List<(string Method, string Path, HttpResponseMessage Response)>
        {
            ("get", "/api/advice", await client.GetAsync("/api/advice?today=tomorrow")),
            ("get", "/api/advice", await anonymous.GetAsync("/api/advice")),
            ("get", "/api/pipeline", await anonymous.GetAsync("/api/pipeline")),
            ("put", "/api/pipeline", await client.PutPipelineRawAsync("{\"version\": 2}")),
            ("put", "/api/pipeline", await client.PutPipelineRawAsync(Documents.Rival, ifMatch: "\"v999\"")),
            ("put", "/api/pipeline", await client.PutPipelineRawAsync(Documents.Rival, ifMatch: "nonsense")),
            ("put", "/api/pipeline", await client.PutPipelineRawAsync(new string(' ', 2 * 1024 * 1024 + 10))),
            ("get", "/calendar/{token}.ics", await anonymous.GetAsync($"/calendar/{new string('a', 48)}.ics")),
            ("get", "/api/reminders", await anonymous.GetAsync("/api/reminders")),
            ("put", "/api/reminders", await client.PutAsync("/api/reminders", new StringContent("{\"enabled\": true, \"hour\": 24}", Encoding.UTF8, "application/json"))),
            ("put", "/api/reminders", await client.PutAsync("/api/reminders", new StringContent("{\"enabled\": tru", Encoding.UTF8, "application/json"))),
            ("post", "/api/reminders/send-now", await client.PostAsync("/api/reminders/send-now", null)),
            ("post", "/api/reminders/confirm-address", await client.PostAsync("/api/reminders/confirm-address", null)),
            ("put", "/api/pipeline", await client.PutAsync("/api/pipeline", new StringContent(Documents.Rival, Encoding.UTF8, "text/plain"))),
            ("put", "/api/reminders", await client.PutAsync("/api/reminders", new StringContent("{}", Encoding.UTF8, "text/plain"))),
            ("post", "/api/auth/login", await anonymous.PostAsync("/api/auth/login", new StringContent("{\"email\": \"nobody@example.test\", \"password\": \"wrong password\"}", Encoding.UTF8, "application/json"))),
        };

        foreach (var (method, path, response) in answers)
        {
            var status = (int)response.StatusCode;
            status.ShouldBeInRange(400, 499, $"{method} {path} should have been refused");
            paths.GetProperty(path).GetProperty(method).GetProperty("responses").TryGetProperty(status.ToString(), out _)
                .ShouldBeTrue($"{method} {path} answered {status}, which its description does not list");
        }
    }

    [Fact]
    public async Task TheApiReferenceLoadsNothingFromOtherHosts()
    {
        var response = await fixture.App.Browser().GetAsync("/api-reference/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();

        // Every src and href on the page is this server's own.
        var addresses = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        addresses.ShouldNotBeEmpty();
        addresses.ShouldAllBe(a => !a.Contains("//"));
        html.ShouldContain("\"withDefaultFonts\":false");
        html.ShouldContain("\"telemetry\":false");

        // Its scripts run under the policy by nonce; the policy still names no other host.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(html, "nonce=\"([^\"]+)\"").Groups[1].Value;
        nonce.ShouldNotBeEmpty();
        policy.ShouldContain($"script-src 'self' 'nonce-{nonce}'");
        policy.ShouldNotContain("http");
        policy.ShouldNotContain("*");

        var script = await fixture.App.Browser().GetAsync("/api-reference/scalar.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Other pages keep the strict policy.
        var other = await fixture.App.Browser().GetAsync("/account/login");
        other.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self';");
    }
}

/// <summary>
/// Lints the served document with Redocly CLI's recommended rules. Redocly is installed from npm,
/// at a pinned version, into a git-ignored folder of the repository on first use.
/// </summary>
public sealed class OpenApiLintTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    public const string RedoclyVersion = "2.77.0";

    [NpmFact]
    public async Task TheOpenApiDocumentHasNoErrorsUnderRedoclysRecommendedRules()
    {
        var redocly = Redocly.Install();
        var dir = Directory.CreateTempSubdirectory("offerdesk-openapi-");
        try
        {
            var file = Path.Combine(dir.FullName, "openapi.json");
            await File.WriteAllTextAsync(file, await fixture.App.Browser().GetStringAsync("/openapi/v1.json"));

            var (exit, json, log) = Redocly.Run(dir.FullName, "node", redocly, "lint", file, "--extends=recommended", "--format=json");
            var output = json + "\n" + log;

            var problems = JsonDocument.Parse(json).RootElement.GetProperty("problems").EnumerateArray().ToList();
            var errors = problems.Where(p => p.GetProperty("severity").GetString() == "error")
                .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}").ToList();
            errors.ShouldBeEmpty(output);
            exit.ShouldBe(0, output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>A fact that needs npm: skipped with the reason where it is missing, unless CI=true.</summary>
public sealed class NpmFactAttribute : FactAttribute
{
    public NpmFactAttribute()
    {
        if (Redocly.Npm is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = "npm is not installed, so the OpenAPI lint (Redocly CLI from npm) is skipped here; with CI=true it fails instead. Install it with `apt-get install -y npm`.";
    }
}

internal static class Redocly
{
    public static string? Npm => new[] { "/usr/bin/npm", "/usr/local/bin/npm" }.FirstOrDefault(File.Exists);

    private static readonly Lock Gate = new();

    /// <summary>The path of Redocly's entry script, installed under the repository's .tools/ when missing.</summary>
    public static string Install()
    {
        var npm = Npm ?? throw new InvalidOperationException("npm is required (CI=true): apt-get install -y npm");
        var folder = Path.Combine(RepositoryRoot(), ".tools", "redocly");
        var entry = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        lock (Gate)
        {
            var installed = Path.Combine(folder, "node_modules", "@redocly", "cli", "package.json");
            if (File.Exists(installed) && File.ReadAllText(installed).Contains($"\"version\": \"{OpenApiLintTests.RedoclyVersion}\"")) return entry;
            Directory.CreateDirectory(folder);
            var (exit, stdout, stderr) = Run(folder, npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", folder, $"@redocly/cli@{OpenApiLintTests.RedoclyVersion}");
            if (exit != 0) throw new InvalidOperationException($"npm install @redocly/cli@{OpenApiLintTests.RedoclyVersion} failed:\n{stdout}\n{stderr}");
        }
        File.Exists(entry).ShouldBeTrue($"Redocly's entry script should be at {entry}");
        return entry;
    }

    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran for more than 5 minutes");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OfferDesk.slnx"))) return dir.FullName;
        throw new InvalidOperationException("the tests run inside the repository");
    }
}
