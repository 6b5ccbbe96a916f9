using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace OfferDesk.Web.Api;

/// <summary>
/// What the JSON API asks of every request before an endpoint sees it (issue 22):
/// <list type="bullet">
/// <item>a body is JSON: any other type answers 415, so a cross-site form (text/plain, form data)
/// cannot send a document;</item>
/// <item>a change (PUT, POST, DELETE) is made with a bearer token: the browser's sign-in cookie
/// only reads. A cookie travels with requests other sites make, a bearer token does not, so a
/// change sent with the cookie alone is answered as signed out (401).</item>
/// </list>
/// Reading with the cookie stays: another site cannot read the answer (no CORS is offered), and
/// a signed-in browser may open <c>/api/pipeline</c> to save its search.
/// </summary>
public sealed class ApiRequests(RequestDelegate next)
{
    public async Task Invoke(HttpContext context)
    {
        var request = context.Request;
        if (WebApp.IsApi(request))
        {
            if (HasBody(request) && !IsJson(request.ContentType))
            {
                await Results.Problem(
                    $"The API reads JSON: send the body with Content-Type: application/json{(string.IsNullOrEmpty(request.ContentType) ? "" : $", not {request.ContentType}")}.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body is not JSON; nothing was changed.").ExecuteAsync(context);
                return;
            }
            if (IsChange(request.Method) && context.User.Identity?.IsAuthenticated == true && !IsBearer(request))
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    }

    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static bool IsChange(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
