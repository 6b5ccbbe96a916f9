using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OfferDesk.Core.Documents;
using OfferDesk.Data;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web.Api;

/// <summary>The morning email's settings: on or off, and the hour (0-23) in the candidate's time zone.</summary>
public sealed record ReminderSettings(bool Enabled, [property: System.ComponentModel.DataAnnotations.Range(0, 23)] int Hour);

/// <summary>What a test send did.</summary>
public sealed record SentNow(string To, string Subject);

/// <summary>Where the confirmation link went, or that the address was confirmed already (then nothing is sent).</summary>
public sealed record ConfirmationSent(string To, bool AlreadyConfirmed);

/// <summary>The morning email through the API: read and change the settings, and send today's email now.</summary>
public static class RemindersApi
{
    public static void MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reminders").RequireAuthorization().WithTags("Reminders");

        api.MapGet("", async (Desk desk, ReminderStore store, CancellationToken ct) =>
        {
            var s = await store.SettingsAsync(desk.UserId, ct);
            return TypedResults.Ok(new ReminderSettings(s.Enabled, s.Hour));
        }).WithName("getReminders").WithSummary("Get the morning email settings")
          .WithDescription("Whether the morning email is on, and the hour (0-23) it is sent at, in the candidate's time zone (candidate.timeZone; the server's when not set).");

        api.MapPut("", Put).WithName("putReminders").WithSummary("Change the morning email settings")
            .WithDescription("Send {\"enabled\": true, \"hour\": 7}. An hour outside 0-23, or a body that is not that object, answers 400 and changes nothing.")
            .Accepts<ReminderSettings>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/confirm-address", ConfirmAddress).WithName("confirmReminderAddress").WithSummary("Email the link that confirms the account's address")
            .WithDescription("No email goes to an address before its owner opens this link (valid a day). Answers where it was sent, or alreadyConfirmed. 409 when email is not set up on this server; 429 within the send-now limits; 502 when the mail server does not take the message.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway);

        api.MapPost("/send-now", SendNow).WithName("sendReminderNow").WithSummary("Send today's morning email now")
            .WithDescription("Sends today's email to the account's address at once, to try it out (on a day with nothing due, a short test message). It does not count as the day's email. 409 when email is not set up on this server, or the account's address is not confirmed yet (the Morning email page sends the link); 429 beyond 3 in 15 minutes per account or 5 a day to one address (Retry-After says when); 502 when the mail server does not take the message.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway);
    }

    private static async Task<Results<Ok<ReminderSettings>, ProblemHttpResult>> Put(HttpRequest request, Desk desk, ReminderStore store, TimeProvider clock, CancellationToken ct)
    {
        // Read by hand, so a wrong body is named field by field rather than as a binder's exception.
        JsonElement body;
        try
        {
            body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: ct)).RootElement;
        }
        catch (JsonException)
        {
            return PipelineApi.Invalid([new Problem("", "the body is not JSON: send {\"enabled\": true, \"hour\": 7}")]);
        }
        var problems = new List<Problem>();
        bool? enabled = null;
        int? hour = null;
        if (body.ValueKind != JsonValueKind.Object) problems.Add(new Problem("", "expected an object: {\"enabled\": true, \"hour\": 7}"));
        else
        {
            foreach (var p in body.EnumerateObject())
                if (p.Name is not ("enabled" or "hour")) problems.Add(new Problem(p.Name, "is not a setting (the settings are enabled and hour)"));
            if (!body.TryGetProperty("enabled", out var e)) problems.Add(new Problem("enabled", "is required (true or false)"));
            else if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) enabled = e.GetBoolean();
            else problems.Add(new Problem("enabled", "must be true or false"));
            if (!body.TryGetProperty("hour", out var h)) problems.Add(new Problem("hour", "is required (0-23)"));
            else if (h.ValueKind == JsonValueKind.Number && h.TryGetInt32(out var v) && v is >= 0 and <= 23) hour = v;
            else problems.Add(new Problem("hour", $"must be a whole hour from 0 to 23, not {h.GetRawText()}"));
        }
        if (problems.Count > 0) return PipelineApi.Invalid(problems);
        await store.SaveSettingsAsync(desk.UserId, enabled!.Value, hour!.Value, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(new ReminderSettings(enabled.Value, hour.Value));
    }

    private static async Task<Results<Ok<SentNow>, ProblemHttpResult>> SendNow(HttpContext http, Desk desk, ReminderStore store,
        IMailSender sender, MorningMail mail, SendNowLimits limits, OfferDesk.Core.Model.CandidateClock clock, ILoggerFactory logs, CancellationToken ct)
    {
        if (!sender.IsConfigured)
            return TypedResults.Problem("Email is not set up on this server, so the morning email cannot be sent. Whoever runs this server can set it up (Smtp__Host and the other Smtp settings).",
                statusCode: StatusCodes.Status409Conflict, title: "Email is not set up on this server");
        var outcome = await SendTodayAsync(desk, store, sender, mail, limits, clock, ct);
        if (outcome.Limited is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem($"Not sent: {outcome.Error}.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many test emails");
        }
        if (outcome.Error == NotConfirmed)
            return TypedResults.Problem($"Not sent: {NotConfirmed}.", statusCode: StatusCodes.Status409Conflict, title: "Your address is not confirmed");
        if (outcome.Error is { } error)
        {
            logs.CreateLogger("OfferDesk.Reminders").LogWarning("A test morning email for user {UserId} was not sent: {Reason}", desk.UserId, error);
            return TypedResults.Problem($"The mail server did not take the message: {error}", statusCode: StatusCodes.Status502BadGateway, title: "The email was not sent");
        }
        return TypedResults.Ok(outcome.Sent!);
    }

    private static async Task<Results<Ok<ConfirmationSent>, ProblemHttpResult>> ConfirmAddress(HttpContext http, IMailSender sender,
        Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser> users, Accounts.AddressMail addresses, CancellationToken ct)
    {
        if (!sender.IsConfigured)
            return TypedResults.Problem("Email is not set up on this server, so there is nothing to confirm and nothing is sent.",
                statusCode: StatusCodes.Status409Conflict, title: "Email is not set up on this server");
        if (await users.GetUserAsync(http.User) is not { Email: { } address } user)
            return TypedResults.Problem("This account has no email address.", statusCode: StatusCodes.Status409Conflict, title: "No address");
        if (user.EmailConfirmed) return TypedResults.Ok(new ConfirmationSent(address, true));
        var (problem, retryAfter) = await addresses.SendConfirmationAsync(user, ct);
        if (retryAfter is { } after)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem($"Not sent: {problem}.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many emails");
        }
        if (problem is not null)
            return TypedResults.Problem($"The confirmation email was not sent: {problem}.", statusCode: StatusCodes.Status502BadGateway, title: "The email was not sent");
        return TypedResults.Ok(new ConfirmationSent(address, false));
    }

    /// <summary>Why nothing is sent to an address its owner has not confirmed.</summary>
    public const string NotConfirmed = "confirm your address first: on the Morning email page (or with POST /api/reminders/confirm-address), ask for a confirmation link and open it from your inbox";

    /// <summary>
    /// Composes and sends today's email (a short test note on an empty day); shared by the API and
    /// the Reminders page. Within <see cref="SendNowLimits"/> only (else <c>Limited</c> says when to
    /// try again); a request cut off (the client gone, the request timeout) sends nothing.
    /// </summary>
    public static async Task<(SentNow? Sent, string? Error, TimeSpan? Limited)> SendTodayAsync(Desk desk, ReminderStore store, IMailSender sender, MorningMail mail,
        SendNowLimits limits, OfferDesk.Core.Model.CandidateClock clock, CancellationToken ct)
    {
        var userId = desk.UserId;
        var address = await store.EmailAsync(userId, ct);
        if (address is null) return (null, "this account has no email address", null);
        if (await store.ConfirmedEmailAsync(userId, ct) is null)
            return (null, NotConfirmed, null);
        using var permit = limits.TryAcquire(userId, address);
        if (!permit.Granted) return (null, permit.Refusal, permit.RetryAfter);
        var view = await desk.LoadAsync(userId, desk.Today, ct);
        var (day, _) = clock.LocalNow(view.Pipeline.Candidate.TimeZone);
        ct.ThrowIfCancellationRequested();
        var message = mail.Build(userId, address, day, view.Pipeline, evenIfEmpty: true)!;
        ct.ThrowIfCancellationRequested();
        try
        {
            await sender.SendAsync(message, ct);
            return (new SentNow(address, message.Subject ?? ""), null, null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return (null, e.Message.ReplaceLineEndings(" ").Trim(), null);
        }
    }
}
