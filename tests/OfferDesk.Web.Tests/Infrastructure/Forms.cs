using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>Pages read as a browser reads them: parsed by AngleSharp, an HTML5 parser, never by regular expressions.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The text of the field error shown with the control named <paramref name="name"/>, if any.</summary>
    public static string? FieldError(string html, string name)
    {
        var control = Parse(html).QuerySelectorAll("[name]").FirstOrDefault(e => e.GetAttribute("name") == name)
                      ?? throw new InvalidOperationException($"no control named {name}");
        return control.Closest("div")?.QuerySelector(".field-error")?.TextContent.Trim();
    }

    /// <summary>The items of the "things need fixing" list, as (label or path, link target, whole text).</summary>
    public static IReadOnlyList<(string? Label, string? Href, string Text)> Problems(string html) =>
        [.. Parse(html).QuerySelectorAll(".problems li").Select(li =>
        {
            var link = li.QuerySelector("a");
            return (link?.TextContent ?? li.QuerySelector("strong, code")?.TextContent, link?.GetAttribute("href"), li.TextContent.Trim());
        })];
}

/// <summary>
/// A form as a browser would submit it, read from a page's HTML: every named input, checked box,
/// selected option and textarea, in document order, with the antiforgery token the page carries.
/// </summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> fields;

    private readonly IReadOnlyList<(string Action, string? Name, string? Value)> buttons;

    private HtmlForm(string action, string html, List<KeyValuePair<string, string>> fields, IReadOnlyList<(string Action, string? Name, string? Value)> buttons)
    {
        Action = action;
        Html = html;
        this.fields = fields;
        this.buttons = buttons;
    }

    /// <summary>
    /// The form as sent by pressing its submit button whose <c>formaction</c> contains
    /// <paramref name="marker"/> (a page of several Saves in one form): that address, and the
    /// button's own name and value if it has them. What was set so far is kept; the copy is separate.
    /// </summary>
    public HtmlForm Press(string marker)
    {
        var pressed = buttons.Where(b => b.Action.Contains(marker, StringComparison.Ordinal)).ToList();
        if (pressed.Count != 1) throw new InvalidOperationException($"{pressed.Count} buttons of the form have {marker} in their formaction");
        var (action, name, value) = pressed[0];
        var sent = new List<KeyValuePair<string, string>>(fields);
        if (!string.IsNullOrEmpty(name)) sent.Add(new(name, value ?? ""));
        return new HtmlForm(action, Html, sent, buttons);
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
    public static IReadOnlyList<HtmlForm> All(string html, string pageUrl) =>
        [.. Infrastructure.Html.Parse(html).Forms.Select(f =>
        {
            var action = f.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
            var buttons = f.Elements.OfType<IHtmlButtonElement>()
                .Where(b => b.Type == "submit" && !b.HasAttribute("disabled") && b.GetAttribute("formaction") is { Length: > 0 })
                .Select(b => (b.GetAttribute("formaction")!, b.GetAttribute("name"), b.GetAttribute("value")))
                .ToList();
            return new HtmlForm(action, f.OuterHtml, Controls(f), buttons);
        })];

    /// <summary>
    /// The one form of the page whose HTML contains <paramref name="marker"/>; when the marker is
    /// in one of its buttons' <c>formaction</c>, the form as that button sends it (see <see cref="Press"/>).
    /// </summary>
    public static HtmlForm Find(string html, string pageUrl, string marker)
    {
        var found = All(html, pageUrl).Where(f => f.Html.Contains(marker, StringComparison.Ordinal)).ToList();
        if (found.Count != 1) throw new InvalidOperationException($"{found.Count} forms on {pageUrl} contain {marker}");
        return found[0].buttons.Any(b => b.Action.Contains(marker, StringComparison.Ordinal)) ? found[0].Press(marker) : found[0];
    }

    /// <summary>Loads the page and returns the one form containing <paramref name="marker"/>.</summary>
    public static async Task<HtmlForm> LoadAsync(HttpClient browser, string pageUrl, string marker)
    {
        var response = await browser.GetAsync(pageUrl);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {pageUrl} gave {(int)response.StatusCode}");
        return Find(await response.Content.ReadAsStringAsync(), pageUrl, marker);
    }

    /// <summary>What the form would send, by the HTML rules for successful controls.</summary>
    private static List<KeyValuePair<string, string>> Controls(IHtmlFormElement form)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "submit" or "button" or "reset" or "file" or "image") break;
                    if (type is "checkbox" or "radio" && !input.IsDefaultChecked) break;
                    result.Add(new(name, input.GetAttribute("value") ?? (type is "checkbox" or "radio" ? "on" : "")));
                    break;
                case IHtmlTextAreaElement textarea:
                    result.Add(new(name, textarea.DefaultValue));
                    break;
                case IHtmlSelectElement select:
                    var options = select.Options.ToList();
                    var chosen = options.FirstOrDefault(o => o.HasAttribute("selected")) ?? options.FirstOrDefault();
                    if (chosen is not null) result.Add(new(name, chosen.Value));
                    break;
            }
        }
        return result;
    }

    /// <summary>The attributes of the first input (or select, or textarea) named <paramref name="name"/>.</summary>
    public static Dictionary<string, string>? Control(string html, string name) =>
        Infrastructure.Html.Parse(html).QuerySelectorAll("input, select, textarea")
            .FirstOrDefault(e => e.GetAttribute("name") == name)?
            .Attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The HTML of the &lt;div&gt; that holds the control named <paramref name="name"/>: where a
    /// message about that field belongs.
    /// </summary>
    public static string AroundControl(string html, string name)
    {
        var control = Infrastructure.Html.Parse(html).QuerySelectorAll("input, select, textarea").FirstOrDefault(e => e.GetAttribute("name") == name)
                      ?? throw new InvalidOperationException($"no control named {name}");
        return (control.Closest("div") ?? control).OuterHtml;
    }
}
