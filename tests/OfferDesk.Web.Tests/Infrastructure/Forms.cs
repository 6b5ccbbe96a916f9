using System.Net;
using System.Text.RegularExpressions;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// A form as a browser would submit it, read from a page's HTML: every named input, checked box,
/// selected option and textarea, in document order, with the antiforgery token the page carries.
/// </summary>
public sealed partial class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> fields;

    private HtmlForm(string action, string html, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        Html = html;
        this.fields = fields;
    }

    /// <summary>Where the form posts (the page itself when it has no action).</summary>
    public string Action { get; }

    /// <summary>The form's own HTML.</summary>
    public string Html { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => fields;

    public string? this[string name] => fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Sets a field, replacing every value it had (or adding it).</summary>
    public HtmlForm Set(string name, string value)
    {
        var at = fields.FindIndex(f => f.Key == name);
        fields.RemoveAll(f => f.Key == name);
        fields.Insert(at < 0 ? fields.Count : at, new(name, value));
        return this;
    }

    /// <summary>Adds one more value (a pressed submit button, a second checkbox).</summary>
    public HtmlForm Add(string name, string value)
    {
        fields.Add(new(name, value));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public HtmlForm WithoutAntiforgery() => Remove("__RequestVerificationToken");

    public Task<HttpResponseMessage> SubmitAsync(HttpClient browser) =>
        browser.PostAsync(Action, new FormUrlEncodedContent(fields));

    /// <summary>Every form of a page, in order.</summary>
    public static IReadOnlyList<HtmlForm> All(string html, string pageUrl)
    {
        var forms = new List<HtmlForm>();
        foreach (Match f in FormTag().Matches(html))
        {
            var attrs = Attributes(f.Groups[1].Value);
            var action = attrs.TryGetValue("action", out var a) && a.Length > 0 ? a : pageUrl;
            forms.Add(new HtmlForm(action, f.Value, Controls(f.Groups[2].Value)));
        }
        return forms;
    }

    /// <summary>The one form of the page whose HTML contains <paramref name="marker"/>.</summary>
    public static HtmlForm Find(string html, string pageUrl, string marker)
    {
        var found = All(html, pageUrl).Where(f => f.Html.Contains(marker, StringComparison.Ordinal)).ToList();
        if (found.Count != 1) throw new InvalidOperationException($"{found.Count} forms on {pageUrl} contain {marker}");
        return found[0];
    }

    /// <summary>Loads the page and returns the one form containing <paramref name="marker"/>.</summary>
    public static async Task<HtmlForm> LoadAsync(HttpClient browser, string pageUrl, string marker)
    {
        var response = await browser.GetAsync(pageUrl);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {pageUrl} gave {(int)response.StatusCode}");
        return Find(await response.Content.ReadAsStringAsync(), pageUrl, marker);
    }

    private static List<KeyValuePair<string, string>> Controls(string inner)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (Match m in Control().Matches(inner))
        {
            var attrs = Attributes(m.Groups["attrs"].Value);
            if (!attrs.TryGetValue("name", out var name) || attrs.ContainsKey("disabled")) continue;
            switch (m.Groups["tag"].Value.ToLowerInvariant())
            {
                case "input":
                    var type = attrs.GetValueOrDefault("type", "text").ToLowerInvariant();
                    if (type is "submit" or "button" or "reset" or "file" or "image") break;
                    if (type is "checkbox" or "radio" && !attrs.ContainsKey("checked")) break;
                    result.Add(new(name, attrs.GetValueOrDefault("value", type is "checkbox" or "radio" ? "on" : "")));
                    break;
                case "textarea":
                    result.Add(new(name, WebUtility.HtmlDecode(m.Groups["body"].Value)));
                    break;
                case "select":
                    var options = Option().Matches(m.Groups["body"].Value).Select(o => Attributes(o.Groups[1].Value)).ToList();
                    var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
                    if (chosen is not null) result.Add(new(name, chosen.GetValueOrDefault("value", "")));
                    break;
            }
        }
        return result;
    }

    /// <summary>A tag's attributes, decoded; a bare attribute has the empty value.</summary>
    public static Dictionary<string, string> Attributes(string text)
    {
        var attrs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in Attribute().Matches(text))
        {
            var value = a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Success ? a.Groups[4].Value : "";
            attrs.TryAdd(a.Groups[1].Value, WebUtility.HtmlDecode(value));
        }
        return attrs;
    }

    /// <summary>The attributes of the first input (or select, or textarea) named <paramref name="name"/>.</summary>
    public static Dictionary<string, string>? Control(string html, string name) =>
        Control().Matches(html).Select(m => Attributes(m.Groups["attrs"].Value))
            .FirstOrDefault(a => a.TryGetValue("name", out var n) && n == name);

    /// <summary>
    /// The HTML from the control named <paramref name="name"/> to the end of its enclosing
    /// &lt;div&gt;: where a message about that field belongs.
    /// </summary>
    public static string AroundControl(string html, string name)
    {
        var at = html.IndexOf($"name=\"{name}\"", StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"no control named {name}");
        var end = html.IndexOf("</div>", at, StringComparison.Ordinal);
        return html[at..end];
    }

    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"<(?<tag>input)\b(?<attrs>[^>]*)>|<(?<tag>textarea|select)\b(?<attrs>[^>]*)>(?<body>.*?)</\k<tag>>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex(@"<option\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex(@"([^\s=/>""']+)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>""']+)))?")]
    private static partial Regex Attribute();
}
