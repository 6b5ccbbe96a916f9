using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;
using Scalar.AspNetCore;

namespace OfferDesk.Web.Api;

/// <summary>
/// The API's own description (<c>/openapi/v1.json</c>) and its browsable reference
/// (<c>/api-reference</c>). The document says how to sign in (security schemes), names and sums
/// up every operation, and describes the pipeline and advice documents, which the endpoints read
/// and write as raw JSON (their reader reports every problem at once, so no model binder sees them).
/// </summary>
public static class ApiDocs
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";
    public const string ReferencePath = "/api-reference";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Accounts"] = "Create an account and sign in for a bearer token.",
        ["Search"] = "Your whole search as one pipeline document, and the advice for a day.",
        ["Reminders"] = "The morning email: whether it is sent, at which hour, and a test send.",
        ["Calendar"] = "The private calendar feed a calendar app subscribes to.",
    };

    public static IServiceCollection AddOfferDeskOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer(DescribeAccess);
            o.AddDocumentTransformer((document, context, ct) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
        });

    public static void MapApiReference(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("OfferDesk API")
            // Nothing from other hosts: the script is served by this app (the package embeds it),
            // and the fonts, telemetry, AI chat and MCP links that would reach Scalar's servers are off.
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .WithNonce()
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();

    /// <summary>The nonce Scalar put on its script tags for this response, for the content policy.</summary>
    public static string? ScriptNonce(HttpContext context) =>
        context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) ? nonce as string : null;

    private static Task DescribeAccess(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= [];
        var reads = context.Description.HttpMethod is null || string.Equals(context.Description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        if (signedIn)
        {
            // A bearer token (API clients); for reading, the pages' cookie too (ApiRequests).
            operation.Security = reads
                ?
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] },
                ]
                : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
            if (!operation.Responses.ContainsKey("401"))
                operation.Responses["401"] = Problem("Not signed in, or the token has expired.", context.Document);
        }
        else operation.Security = [new OpenApiSecurityRequirement()];
        // A body that is not JSON is refused before the operation (ApiRequests).
        if (!reads && !operation.Responses.ContainsKey("415"))
            operation.Responses["415"] = Problem("The body is not JSON (Content-Type: application/json); nothing was changed.", context.Document);

        // Identity's endpoints have no names; derive a stable one so every operation has an id.
        operation.OperationId ??= OperationId(context.Description.HttpMethod ?? "get", context.Description.RelativePath ?? "");
        return Task.CompletedTask;
    }

    /// <summary>"post" + "api/auth/login" is "postApiAuthLogin".</summary>
    public static string OperationId(string method, string path)
    {
        var words = path.Split(['/', '-', '.', '{', '}'], StringSplitOptions.RemoveEmptyEntries);
        return method.ToLowerInvariant() + string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static OpenApiResponse Problem(string description, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = document is null ? null : new OpenApiSchemaReference("ProblemDetails", document) },
        },
    };

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "OfferDesk API",
            Version = "1",
            Description = "The next right move for each company in a job search. Sign in with POST /api/auth/login, "
                + "then send the access token as `Authorization: Bearer ...`. Errors are problem details (RFC 9457).",
        };
        // The generator names the address the document was fetched from, with a trailing slash;
        // a relative root works behind any proxy.
        document.Servers = [new OpenApiServer { Url = "/", Description = "This OfferDesk server" }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "The accessToken from POST /api/auth/login (an hour; renew it with POST /api/auth/refresh).",
            },
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "offerdesk",
                Description = "The web app's sign-in cookie: reading only, from a signed-in browser. Changes need the bearer token.",
            },
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in DocumentSchemas.All()) document.Components.Schemas[name] = schema;
        document.Components.Schemas.TryAdd("ProblemDetails", DocumentSchemas.ProblemDetails());

        document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));

        DescribeAccounts(document);

        var pipeline = new OpenApiSchemaReference("Pipeline", document);
        var advice = new OpenApiSchemaReference("Advice", document);
        if (Operation(document, "/api/pipeline", HttpMethod.Get) is { } get) Json(get, "200", pipeline);
        if (Operation(document, "/api/pipeline", HttpMethod.Put) is { } put)
            put.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The whole search (PLAYBOOK section 1). At most 2 MB.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = pipeline } },
            };
        if (Operation(document, "/api/advice", HttpMethod.Get) is { } adviceGet) Json(adviceGet, "200", advice);
        if (Operation(document, "/api/timeline", HttpMethod.Get) is { } timelineGet) Json(timelineGet, "200", new OpenApiSchemaReference("Timeline", document));

        // Every problem answer refers to the one ProblemDetails schema.
        foreach (var path in document.Paths.Values)
        {
            if (path.Operations is null) continue;
            foreach (var op in path.Operations.Values)
            {
                if (op.Responses is null) continue;
                foreach (var (code, response) in op.Responses)
                    if (code.StartsWith('4') && response is OpenApiResponse r && r.Content is { } content)
                        foreach (var media in content.Values)
                            media.Schema ??= new OpenApiSchemaReference("ProblemDetails", document);
            }
        }
    }

    /// <summary>The account endpoints the product uses: register, sign in, refresh, with what each can refuse.</summary>
    private static readonly Dictionary<string, (string Summary, string[] Refusals)> Accounts = new()
    {
        ["/api/auth/register"] = ("Create an account", ["400", "403", "429"]),
        ["/api/auth/login"] = ("Sign in for a bearer token", ["400", "401", "429"]),
        ["/api/auth/refresh"] = ("Renew the bearer token", ["400", "401", "429"]),
        ["/api/auth/logout"] = ("Sign out this token", []),
    };

    private static void DescribeAccounts(OpenApiDocument document)
    {
        // Identity maps more (password reset by email, 2FA, account info) than the product offers:
        // this server sends them no email and the pages complete no second factor.
        foreach (var path in document.Paths.Keys.Where(p => p.StartsWith("/api/auth/", StringComparison.Ordinal) && !Accounts.ContainsKey(p)).ToList())
            document.Paths.Remove(path);
        // ... and their request and answer shapes with them.
        foreach (var unused in new[] { "ForgotPasswordRequest", "InfoRequest", "InfoResponse", "ResetPasswordRequest", "ResendConfirmationEmailRequest", "TwoFactorRequest", "TwoFactorResponse" })
            document.Components?.Schemas?.Remove(unused);
        foreach (var (path, (summary, refusals)) in Accounts)
        {
            if (Operation(document, path, HttpMethod.Post) is not { } op) continue;
            op.Summary ??= summary;
            op.Responses ??= [];
            foreach (var code in refusals)
                if (!op.Responses.ContainsKey(code))
                    op.Responses[code] = Problem(code switch
                    {
                        "400" => "The request is malformed or a field is invalid.",
                        "401" => "The email and password, or the refresh token, were not accepted.",
                        "403" => "This server takes no new accounts.",
                        _ => "Too many attempts: wait a minute (Retry-After says how long).",
                    }, document);
        }
    }

    private static OpenApiOperation? Operation(OpenApiDocument document, string path, HttpMethod method) =>
        document.Paths.TryGetValue(path, out var item) && item.Operations?.TryGetValue(method, out var op) == true ? op : null;

    private static void Json(OpenApiOperation operation, string status, IOpenApiSchema schema)
    {
        if (operation.Responses?.TryGetValue(status, out var response) != true || response is not OpenApiResponse r) return;
        r.Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } };
    }
}

/// <summary>JSON schemas of the pipeline and advice documents (PLAYBOOK sections 1 and 5), built from the model's own codes.</summary>
internal static class DocumentSchemas
{
    private static OpenApiSchema Str(string? description = null, string? format = null, int? maxLength = null) =>
        new() { Type = JsonSchemaType.String, Description = description, Format = format, MaxLength = maxLength };

    private static OpenApiSchema Date(string description) => Str(description, "date");

    private static OpenApiSchema Int(string description, int minimum) =>
        new() { Type = JsonSchemaType.Integer, Description = description, Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static OpenApiSchema Number(string description) =>
        new() { Type = JsonSchemaType.Number, Description = description, Minimum = "0" };

    private static OpenApiSchema Bool(string description) => new() { Type = JsonSchemaType.Boolean, Description = description };

    private static OpenApiSchema Codes<T>(string description) where T : struct, Enum =>
        new() { Type = JsonSchemaType.String, Description = description, Enum = [.. Wording.Codes<T>().Select(c => (JsonNode)JsonValue.Create(c)!)] };

    private static OpenApiSchema Array(IOpenApiSchema items, string description) =>
        new() { Type = JsonSchemaType.Array, Items = items, Description = description };

    private static OpenApiSchema Object(string description, string[] required, params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        // Unknown properties are errors (PLAYBOOK section 6).
        AdditionalPropertiesAllowed = false,
        Required = new HashSet<string>(required),
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema),
    };

    public static IEnumerable<(string, IOpenApiSchema)> All()
    {
        yield return ("Candidate", Object("The person searching.", [],
            ("employment", Codes<Employment>("Default employed.")),
            ("name", Str("Signs the scripts.")),
            ("timeZone", Str("An IANA time zone (America/Chicago): whose today the advice uses when no day is given."))));
        yield return ("Contact", Object("Someone at the company.", ["name"],
            ("name", Str()), ("role", Codes<ContactRole>("Their part in the process.")), ("phone", Str()), ("email", Str(format: "email")),
            ("greeting", Str("How to greet them (Dr. van der Berg), when the name alone would get it wrong."))));
        yield return ("Interview", Object("One interview.", ["at"],
            ("at", Str("A date (YYYY-MM-DD) or a date and time with its offset.")),
            ("kind", Str("phone screen, onsite, …")),
            ("status", Codes<InterviewStatus>("Default scheduled.")),
            ("thankYouSent", Bool("Whether a thank-you went out."))));
        yield return ("Process", Object("How long the process is.", [],
            ("totalSteps", Int("All steps.", 1)), ("completedSteps", Int("Steps done; default the interviews done.", 0)),
            ("decisionBy", Date("When they said they would decide."))));
        yield return ("Offer", Object("An offer, expected or held.", ["status"],
            ("status", Codes<OfferStatus>("How firm it is.")),
            ("deadline", Date("When they need an answer.")),
            ("startDate", Date("The first day.")),
            ("title", Str()),
            ("baseSalary", Number("Per year.")),
            ("currency", Str("ISO 4217.")),
            ("bonusTargetPercent", Number("Target bonus, percent of base.")),
            ("signingBonus", Number("Once.")),
            ("equityPerYear", Number("Value per year of vesting.")),
            ("shortfalls", Array(Codes<Shortfall>("What falls short."), "What falls short of what you want.")),
            ("ptoDays", Int("Paid days off a year.", 0)),
            ("workplace", Codes<Workplace>("Where the work is done.")),
            ("location", Str()),
            ("note", Str())));
        yield return ("Event", Object("Something the candidate did or heard.", ["on", "kind"],
            ("on", Date("When.")),
            ("kind", Codes<EventKind>("What happened.")),
            ("outcome", Codes<CallOutcome>("On an accelerate-call only.")),
            ("note", Str())));
        yield return ("Opportunity", Object("One company and role.", ["id", "company", "stage"],
            ("id", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9-]{1,64}$", Description = "Unique in the document." }),
            ("company", Str(maxLength: 200)),
            ("role", Str()),
            ("preference", Int("1 is the top choice; unique when given.", 1)),
            ("stage", Codes<Stage>("Where it stands.")),
            ("appliedOn", Date("When you applied.")),
            ("lastHeardFrom", Date("The last message from the employer.")),
            ("wouldAccept", Bool("You would say yes to an offer from them.")),
            ("process", new OpenApiSchemaReference("Process")),
            ("contacts", Array(new OpenApiSchemaReference("Contact"), "People at the company.")),
            ("interviews", Array(new OpenApiSchemaReference("Interview"), "Interviews, in order.")),
            ("offer", new OpenApiSchemaReference("Offer")),
            ("events", Array(new OpenApiSchemaReference("Event"), "What happened, in order.")),
            ("notes", Str())));
        yield return ("Pipeline", Object("One candidate's whole search (PLAYBOOK section 1).", ["version", "opportunities"],
            ("version", new OpenApiSchema { Type = JsonSchemaType.Integer, Enum = [JsonValue.Create(1)], Description = "Always 1." }),
            ("today", Date("The document's own today, used when no other day is given.")),
            ("candidate", new OpenApiSchemaReference("Candidate")),
            ("opportunities", Array(new OpenApiSchemaReference("Opportunity"), "Every company in the search."))));
        yield return ("Move", Object("One piece of advice.", ["code", "opportunity", "company", "priority", "due", "channel", "summary", "why", "script", "carries"],
            ("code", Str("Which move of the playbook, e.g. accelerate-preferred.")),
            ("opportunity", Str("The opportunity's id.")),
            ("company", Str()),
            ("priority", Codes<Priority>("How much it matters.")),
            ("due", Date("By when.")),
            ("channel", Codes<Channel>("How: none is a decision.")),
            ("summary", Str("One line.")),
            ("why", Str("The reason, in plain words.")),
            ("script", Str("What to say or write; empty for a decision.")),
            ("carries", Array(Str("A move's code."), "The other moves this one conversation does, in step order (contract v3, V1); empty for most."))));
        yield return ("Warning", Object("A caution about the search or one opportunity.", ["code", "opportunity", "message"],
            ("code", Str("e.g. deadline-passed.")),
            ("opportunity", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The opportunity's id, or null for the whole search." }),
            ("message", Str())));
        yield return ("Advice", Object("The advice for a day (PLAYBOOK section 5).", ["today", "moves", "upcoming", "warnings"],
            ("today", Date("The day advised for.")),
            ("moves", Array(new OpenApiSchemaReference("Move"), "What to do, most important first.")),
            ("upcoming", Array(new OpenApiSchemaReference("Move"), "Moves for later days.")),
            ("warnings", Array(new OpenApiSchemaReference("Warning"), "Cautions."))));
        var nullableDate = (string description) => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date", Description = description };
        yield return ("TimelineRow", Object("One live company's clocks from the day on.", ["opportunity", "company", "preference", "stage", "deadline", "decisionBy", "interviews", "startDate", "clash", "dates"],
            ("opportunity", Str("The opportunity's id.")),
            ("company", Str()),
            ("preference", new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Description = "1 is the top choice; null when unranked." }),
            ("stage", Codes<Stage>("Where it stands.")),
            ("deadline", nullableDate("The offer must be answered by this day (an offer in hand only).")),
            ("daysLeft", new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "Days from the day asked for to the deadline; present with a deadline." }),
            ("decisionBy", nullableDate("When they said they would decide (still deciding only).")),
            ("interviews", Array(Date("A scheduled interview's day."), "Scheduled interviews from the day on, in order.")),
            ("startDate", nullableDate("The offer's start date.")),
            ("clash", new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether one of its dates is part of a clash." }),
            ("dates", Array(Str("e.g. answer their offer by Friday, December 11 (4 days left)."), "Every date in words, in date order."))));
        yield return ("TimelineMove", Object("The day's move that answers a clash.", ["code", "opportunity", "summary"],
            ("code", Str("Which move of the playbook.")),
            ("opportunity", Str("The opportunity's id.")),
            ("summary", Str("One line."))));
        yield return ("Clash", Object("An offer that must be answered before a more preferred company decides (or, when it gave no date, before its next interview).", ["offer", "other", "kind", "deadline", "theirDate", "daysBefore", "words", "move"],
            ("offer", Str("The id of the company whose offer must be answered.")),
            ("other", Str("The id of the more preferred company.")),
            ("kind", Codes<Core.Timeline.ClashKind>("decision: before the day they said they would decide; interview: before their next interview.")),
            ("deadline", Date("The offer's deadline.")),
            ("theirDate", Date("Their decision date or next interview.")),
            ("daysBefore", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Description = "Days from the deadline to their date." }),
            ("words", Str("The clash in words.")),
            ("move", new OpenApiSchema { OneOf = [new OpenApiSchemaReference("TimelineMove"), new OpenApiSchema { Type = JsonSchemaType.Null }], Description = "The day's move that answers it, or null." })));
        yield return ("Timeline", Object("Every clock of the search from a day on: the same document as offerdesk timeline --format json.", ["today", "end", "rows", "clashes", "noDates"],
            ("today", Date("The day asked for.")),
            ("end", Date("The last day drawn: the latest date, or two weeks on.")),
            ("rows", Array(new OpenApiSchemaReference("TimelineRow"), "Live companies with a date from the day on, most preferred first.")),
            ("clashes", Array(new OpenApiSchemaReference("Clash"), "In the order of the offers' deadlines.")),
            ("noDates", Array(Str("A company's name."), "Open companies with no date from the day on."))));
    }

    public static OpenApiSchema ProblemDetails() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Problem details (RFC 9457). errors, when present, names each problem by its field or document path.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Str(), ["title"] = Str(), ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer }, ["detail"] = Str(), ["instance"] = Str(),
            ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Array(Str(), "Messages for one path.") },
        },
    };
}
