using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OfferDesk.Load;

/// <summary>A setup step the server refused: the run cannot be measured.</summary>
public sealed class SetupException(string message) : Exception(message);

/// <summary>
/// One account as one browser would hold it: its own connection and cookie jar (the sign-in
/// cookie, the antiforgery cookie, TempData), plus the API's bearer token.
/// </summary>
public sealed class Account : IDisposable
{
    public string Email { get; }
    public string Password { get; }
    public string? Token { get; private set; }
    public HttpClient Http { get; }
    public CookieContainer Cookies { get; } = new();
    private readonly Uri _base;

    public Account(Uri baseAddress, string email, string password, TimeSpan timeout)
    {
        _base = baseAddress;
        Email = email;
        Password = password;
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = Cookies,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = 2,
            UseProxy = false,
        };
        Http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout };
    }

    /// <summary>POST /api/auth/register.</summary>
    public async Task RegisterAsync(CancellationToken ct)
    {
        using var response = await Http.PostAsync("api/auth/register", Json(new { email = Email, password = Password }), ct);
        await Expect(response, HttpStatusCode.Accepted, "register", ct);
    }

    /// <summary>POST /api/auth/login: the bearer token the API calls carry.</summary>
    public async Task BearerLoginAsync(CancellationToken ct)
    {
        using var response = await Http.PostAsync("api/auth/login", Json(new { email = Email, password = Password }), ct);
        await Expect(response, HttpStatusCode.OK, "api login", ct);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Token = doc.RootElement.GetProperty("accessToken").GetString() ?? throw new SetupException("api login: no accessToken");
    }

    /// <summary>The browser's way in: GET the sign-in page, then POST its form with the antiforgery token.</summary>
    public async Task CookieSignInAsync(CancellationToken ct)
    {
        using (var page = await Http.GetAsync("account/login", ct))
        {
            await Expect(page, HttpStatusCode.OK, "GET /account/login", ct);
            var html = await page.Content.ReadAsStringAsync(ct);
            var fields = Html.FormFields(html, (a, body) =>
                    a.GetValueOrDefault("method", "").Equals("post", StringComparison.OrdinalIgnoreCase) && body.Contains("name=\"email\"", StringComparison.Ordinal))
                ?? throw new SetupException("GET /account/login: no sign-in form on the page");
            if (Html.Get(fields, "__RequestVerificationToken") is null) throw new SetupException("GET /account/login: the form has no antiforgery token");
            Html.Set(fields, "email", Email);
            Html.Set(fields, "password", Password);
            Html.Set(fields, "returnUrl", "/");
            using var post = await Http.PostAsync("account/login", new FormUrlEncodedContent(fields), ct);
            if (post.StatusCode != HttpStatusCode.Redirect || post.Headers.Location?.OriginalString != "/")
                throw new SetupException($"POST /account/login: {(int)post.StatusCode}, expected 302 to /: {Snippet(await post.Content.ReadAsStringAsync(ct))}");
        }
        if (Cookies.GetCookies(_base)["offerdesk"] is null) throw new SetupException("POST /account/login: no sign-in cookie was set");
    }

    /// <summary>A request carrying the bearer token (the API's way).</summary>
    public HttpRequestMessage Api(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token ?? throw new InvalidOperationException("not signed in to the API"));
        return request;
    }

    public static StringContent Json<T>(T value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status, string what, CancellationToken ct)
    {
        if (response.StatusCode != status)
            throw new SetupException($"{what}: {(int)response.StatusCode} {response.ReasonPhrase}, expected {(int)status}: {Snippet(await response.Content.ReadAsStringAsync(ct))}");
    }

    public static string Snippet(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }

    public void Dispose() => Http.Dispose();
}
