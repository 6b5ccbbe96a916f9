using System.Security.Cryptography;
using OfferDesk.Data;

namespace OfferDesk.Web.Api;

/// <summary>
/// The private calendar feed: <c>/calendar/{token}.ics</c>. The secret token is the only key (a
/// calendar app cannot sign in), so it is long, random, revocable, and a wrong one is a plain 404.
/// </summary>
public static class CalendarFeed
{
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static void MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", async (string token, SearchStore store, Desk desk, TimeProvider clock, CancellationToken ct) =>
        {
            if (token.Length != 48 || await store.UserForCalendarTokenAsync(token, ct) is not { } userId)
                return Results.NotFound();
            var view = await desk.LoadAsync(userId, null, ct);
            var ics = Core.Calendar.IcsFeed.Write(view.Pipeline, view.Advice, clock.GetUtcNow(), "OfferDesk");
            return Results.Text(ics, "text/calendar; charset=utf-8");
        }).AllowAnonymous().WithTags("Calendar").WithName("getCalendarFeed").WithSummary("Get the private calendar feed")
          .WithDescription("An iCalendar feed (RFC 5545) of interviews, offer deadlines and due moves. The secret token in the address is the only key; a wrong one is 404.")
          .Produces<string>(StatusCodes.Status200OK, "text/calendar")
          .Produces(StatusCodes.Status404NotFound);
    }
}
