using System.Net;
using System.Text;
using System.Text.Json;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>What the tests do over and over with a signed-in client.</summary>
public static class Http
{
    public const string Json = "application/json";

    /// <summary>GET /api/pipeline, which must answer 200; the document's text.</summary>
    public static async Task<string> PipelineAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/api/pipeline");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// PUT /api/pipeline. From a signed-in browser (PageUserAsync), with the bearer token its
    /// account signs in for, as a person's script would: the API takes no changes on the cookie.
    /// </summary>
    public static async Task<HttpResponseMessage> PutPipelineRawAsync(this HttpClient client, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/pipeline") { Content = new StringContent(json, Encoding.UTF8, Json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (client.DefaultRequestHeaders.Authorization is null && await BrowserBearerAsync(client) is { } bearer)
            request.Headers.Authorization = bearer;
        return await client.SendAsync(request);
    }

    private sealed class Account(string email, string password)
    {
        public string Email { get; } = email;
        public string Password { get; } = password;
        public string? Token { get; set; }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, Account> BrowserAccounts = new();

    /// <summary>Remembers the account a browser signed in to, for its API changes (<see cref="PutPipelineRawAsync"/>).</summary>
    public static void RememberAccount(this HttpClient browser, string email, string password) =>
        BrowserAccounts.AddOrUpdate(browser, new Account(email, password));

    /// <summary>A bearer token for the browser's account (signed in once, through the API), or null for a client no account was remembered for.</summary>
    public static async Task<System.Net.Http.Headers.AuthenticationHeaderValue?> BrowserBearerAsync(this HttpClient browser)
    {
        if (!BrowserAccounts.TryGetValue(browser, out var account)) return null;
        if (account.Token is null)
        {
            var login = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { email = account.Email, password = account.Password }), Encoding.UTF8, Json),
            };
            var response = await browser.SendAsync(login);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"the API sign-in for {account.Email} gave {(int)response.StatusCode}");
            account.Token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        }
        return new("Bearer", account.Token);
    }

    /// <summary>PUT /api/pipeline, which must answer 204.</summary>
    public static async Task PutPipelineAsync(this HttpClient client, string json)
    {
        var response = await client.PutPipelineRawAsync(json);
        if (response.StatusCode != HttpStatusCode.NoContent)
            throw new InvalidOperationException($"PUT /api/pipeline gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>GET /api/advice (for a day, or today), which must answer 200.</summary>
    public static async Task<JsonElement> AdviceAsync(this HttpClient client, string? today = null)
    {
        var response = await client.GetAsync(today is null ? "/api/advice" : $"/api/advice?today={today}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The opportunity with this id in a pipeline document's text.</summary>
    public static JsonElement Opportunity(string pipelineJson, string id) =>
        JsonDocument.Parse(pipelineJson).RootElement.GetProperty("opportunities").EnumerateArray()
            .Single(o => o.GetProperty("id").GetString() == id).Clone();

    /// <summary>The moves of an advice document as (code, opportunity) pairs.</summary>
    public static IReadOnlyList<(string Code, string Opportunity)> Moves(JsonElement advice, string section = "moves") =>
        [.. advice.GetProperty(section).EnumerateArray().Select(m => (m.GetProperty("code").GetString()!, m.GetProperty("opportunity").GetString()!))];

    /// <summary>GET a page that must answer 200; its HTML.</summary>
    public static async Task<string> PageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Fills the Today page's "Load an example search" form and sends it.</summary>
    public static async Task LoadExampleAsync(this HttpClient browser)
    {
        var form = await HtmlForm.LoadAsync(browser, "/", "handler=Example");
        var response = await form.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public static string Location(this HttpResponseMessage response) => response.Headers.Location?.ToString() ?? "";
}

public static class Forms
{
    /// <summary>Posts fields with an antiforgery token taken from one of the user's own pages.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient browser, string url, params (string Name, string Value)[] fields)
    {
        var token = await OfferDeskFactory.AntiforgeryTokenAsync(browser, "/search");
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await browser.PostAsync(url, new FormUrlEncodedContent(all));
    }
}
