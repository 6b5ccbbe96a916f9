using Microsoft.AspNetCore.Http.HttpResults;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Web.Infrastructure;

namespace OfferDesk.Web.Api;

/// <summary>
/// The JSON API: the whole pipeline document and the advice document, the same formats as the
/// CLI's (PLAYBOOK sections 1 and 5). Every route is the signed-in user's own.
/// </summary>
public static class PipelineApi
{
    /// <summary>The largest document accepted, on import by API or upload.</summary>
    public const int MaxDocumentBytes = 2 * 1024 * 1024;

    public static void MapPipelineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithTags("Search");

        api.MapGet("/pipeline", async (Desk desk, HttpContext http, CancellationToken ct) =>
        {
            var view = await desk.LoadAsync(ct);
            http.Response.Headers.ETag = ETag(view.Version);
            return Results.Text(PipelineJson.Serialize(view.Pipeline), "application/json; charset=utf-8");
        }).WithName("getPipeline").WithSummary("Get the whole search")
          .WithDescription("The whole search as a pipeline document (PLAYBOOK section 1). The ETag names its version, for If-Match on PUT.")
          .Produces(StatusCodes.Status200OK, contentType: "application/json")
          .WithMetadata(new RenderedPerVersionAttribute());

        api.MapPut("/pipeline", Put)
            .WithName("putPipeline").WithSummary("Replace the whole search")
            .WithDescription("A bad document answers 400 naming every problem, and changes nothing. Send If-Match with the ETag from GET to refuse overwriting a newer change (412); without it, a save racing another answers 409.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/advice", (string? today, Desk desk, CancellationToken ct) =>
            ForDay(today, desk, view => AdviceJson.Serialize(view.Advice), ct)).WithName("getAdvice").WithSummary("Get the advice for a day")
          .WithDescription("The moves, what is coming up and the warnings (PLAYBOOK section 5) for a day, today unless today=YYYY-MM-DD is given.")
          .Produces(StatusCodes.Status200OK, contentType: "application/json")
          .ProducesProblem(StatusCodes.Status400BadRequest)
          .WithMetadata(new RenderedPerVersionAttribute());

        api.MapGet("/offers", async (Desk desk, CancellationToken ct) =>
        {
            var view = await desk.LoadAsync(ct);
            return Results.Text(Core.Comparison.WeighingJson.Serialize(Core.Comparison.OfferWeighing.Weigh(view.Pipeline)), "application/json; charset=utf-8");
        }).WithName("getOffers").WithSummary("Weigh the offers")
          .WithDescription("Every offer made (most preferred first) with its money year by year and over four years, in its own currency and in the compared one (the top choice's, at the rates in the search), its weighted score on what matters with the working, and the number that flips it: the extra base salary or signing bonus at which the top choice's four-year money matches the best other offer's. The same figures as `offerdesk offers --format json`.")
          .Produces(StatusCodes.Status200OK, contentType: "application/json")
          .WithMetadata(new RenderedPerVersionAttribute());

        api.MapGet("/timeline", (string? today, Desk desk, CancellationToken ct) =>
            ForDay(today, desk, view => TimelineJson.Serialize(view.Timeline, view.Advice), ct)).WithName("getTimeline").WithSummary("Get the timeline for a day")
          .WithDescription("Every clock of the search from a day on (today unless today=YYYY-MM-DD is given): for each live company, ranked by preference, its offer's deadline, when it said it would decide, its scheduled interviews and its offer's start date; and each clash (an offer to answer before a more preferred company decides or interviews again) with the day's move that answers it. The same document as `offerdesk timeline --format json`.")
          .Produces(StatusCodes.Status200OK, contentType: "application/json")
          .ProducesProblem(StatusCodes.Status400BadRequest)
          .WithMetadata(new RenderedPerVersionAttribute());

        api.MapPost("/moves/done", Done)
            .WithName("completeMove").WithSummary("Mark a move done")
            .WithDescription("What the web's Done does: logs what the move settles, and, for a move that carries others (its carries list), what each of them settles too, so the next advice moves on. Answers the day's new advice. A move with choices (the call's outcome, a decision) needs choice. Send If-Match with the ETag from GET /api/pipeline to refuse a change made since (412).")
            .Accepts<MoveDone>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <summary>
    /// A document about one day of the search: <paramref name="today"/> when given (a bad one is a 400
    /// at "today"), else today where the candidate is (candidate.timeZone), else the server's.
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ForDay(string? today, Desk desk, Func<DeskView, string> write, CancellationToken ct)
    {
        DateOnly? day = null;
        if (today is not null)
        {
            if (Wording.ReadDay(today, out var given) is { } problem) return Invalid([new Problem("today", problem)]);
            day = given;
        }
        var view = await desk.LoadAsync(desk.UserId, day, ct);
        return TypedResults.Content(write(view), "application/json; charset=utf-8");
    }

    /// <summary>The body of POST /api/moves/done: the move as the advice names it, and the answer to its choices.</summary>
    public sealed record MoveDone(string? Code, string? Opportunity, string? Choice, string? Today);

    private static async Task<IResult> Done(HttpRequest request, Desk desk, CancellationToken ct)
    {
        MoveDone? body;
        try
        {
            body = await request.ReadFromJsonAsync<MoveDone>(ct);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Invalid([new Problem("", "the body is not a JSON object with code and opportunity")]);
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Code) || string.IsNullOrWhiteSpace(body.Opportunity))
            return Invalid([new Problem(string.IsNullOrWhiteSpace(body?.Code) ? "code" : "opportunity", "is required")]);
        DateOnly? day = null;
        if (body.Today is not null)
        {
            if (!Wording.TryParseDate(body.Today, out var given)) return Invalid([new Problem("today", $"\"{body.Today}\" is not a date (YYYY-MM-DD)")]);
            day = given;
        }
        int? expected = null;
        if (request.Headers.IfMatch.Count > 0)
        {
            if (ParseETag(request.Headers.IfMatch.ToString()) is not { } v)
                return Invalid([new Problem("If-Match", "is not an ETag this API gave out")], StatusCodes.Status412PreconditionFailed);
            expected = v;
        }
        var unknown = false;
        var result = await desk.EditAsync(expected, p =>
        {
            if (p.Find(body.Opportunity) is null)
            {
                unknown = true;
                return [new Problem("opportunity", $"no opportunity has the id \"{body.Opportunity}\"")];
            }
            return Core.Playbook.Completion.Complete(p, body.Code, body.Opportunity, day ?? desk.TodayFor(p), body.Choice) is { } problem ? [problem] : [];
        }, ct);
        if (unknown) return Invalid(result.Problems, StatusCodes.Status404NotFound);
        // The desk's own words speak of pages and tabs: an API client gets the request to make next.
        if (result.Conflict)
            return expected is null
                ? Invalid([new Problem("", Raced)], StatusCodes.Status409Conflict)
                : Invalid([new Problem("If-Match", Stale)], StatusCodes.Status412PreconditionFailed);
        if (!result.Saved) return Invalid(result.Problems);
        request.HttpContext.Response.Headers.ETag = ETag(result.Version);
        var view = await desk.LoadAsync(desk.UserId, day, ct);
        return Results.Text(AdviceJson.Serialize(view.Advice), "application/json; charset=utf-8");
    }

    /// <summary>An API client's words for a stale If-Match: no tabs or pages, the request to make next.</summary>
    private const string Raced = "another save of this search finished first; nothing was saved. GET /api/pipeline for the current document, then send the change again (with its ETag in If-Match to be sure).";

    private const string Stale = "the search changed since the version this ETag names; nothing was saved. GET /api/pipeline for the current document and its ETag, then send the change again.";

    private static async Task<IResult> Put(HttpRequest request, Desk desk, CancellationToken ct)
    {
        if (request.ContentLength > MaxDocumentBytes)
            return Invalid([new Problem("", $"the document is larger than {MaxDocumentBytes / 1024 / 1024} MB")], StatusCodes.Status413PayloadTooLarge);
        int? expected = null;
        if (request.Headers.IfMatch.Count > 0)
        {
            if (ParseETag(request.Headers.IfMatch.ToString()) is not { } v)
                return Invalid([new Problem("If-Match", "is not an ETag this API gave out")], StatusCodes.Status412PreconditionFailed);
            expected = v;
            // A stale version is refused before the body is read (ReplaceAsync checks again, against a race).
            if (v != await desk.VersionAsync(desk.UserId, ct))
                return Invalid([new Problem("If-Match", Stale)], StatusCodes.Status412PreconditionFailed);
        }
        string text;
        using (var reader = new StreamReader(request.Body))
        {
            var buffer = new char[MaxDocumentBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > MaxDocumentBytes)
                return Invalid([new Problem("", $"the document is larger than {MaxDocumentBytes / 1024 / 1024} MB")], StatusCodes.Status413PayloadTooLarge);
            text = new string(buffer, 0, read);
        }
        var parsed = PipelineJson.Parse(text);
        if (!parsed.IsValid) return Invalid(parsed.Problems);
        var result = await desk.ReplaceAsync(parsed.Pipeline!, expected, ct);
        if (result.Conflict)
            return expected is null
                ? Invalid([new Problem("", Raced)], StatusCodes.Status409Conflict)
                : Invalid([new Problem("If-Match", Stale)], StatusCodes.Status412PreconditionFailed);
        if (!result.Saved) return Invalid(result.Problems);
        request.HttpContext.Response.Headers.ETag = ETag(result.Version);
        return Results.NoContent();
    }

    private static string ETag(int version) => $"\"v{version}\"";

    private static int? ParseETag(string value) =>
        value.Length > 3 && value.StartsWith("\"v") && value.EndsWith('"') && int.TryParse(value[2..^1], out var v) ? v : null;

    /// <summary>Problem details naming every problem by its path, in <c>errors</c>.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<Problem> problems, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "The document has problems; nothing was changed." : "Nothing was changed.",
            Detail = string.Join("\n", problems.Select(p => p.ToString())),
            Extensions =
            {
                ["errors"] = problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            },
        });
}
