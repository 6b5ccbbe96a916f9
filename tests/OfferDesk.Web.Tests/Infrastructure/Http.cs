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

    public static Task<HttpResponseMessage> PutPipelineRawAsync(this HttpClient client, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/pipeline") { Content = new StringContent(json, Encoding.UTF8, Json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
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
