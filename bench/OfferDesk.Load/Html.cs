using System.Net;
using System.Text.RegularExpressions;

namespace OfferDesk.Load;

/// <summary>
/// Just enough HTML reading to submit a server-rendered form the way a browser would: every
/// named input, checked box, selected option and textarea of one form, in document order.
/// </summary>
public static partial class Html
{
    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormRx();

    [GeneratedRegex(@"<input\b([^>]*)>|<select\b([^>]*)>(.*?)</select>|<textarea\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FieldRx();

    [GeneratedRegex(@"<option\b([^>]*)>(.*?)</option>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptionRx();

    [GeneratedRegex(@"([^\s=/>""']+)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>""']+)))?", RegexOptions.Singleline)]
    private static partial Regex AttrRx();

    public static Dictionary<string, string> Attributes(string tagInside)
    {
        var attrs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in AttrRx().Matches(tagInside))
        {
            var value = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Success ? m.Groups[4].Value : "";
            attrs.TryAdd(m.Groups[1].Value, WebUtility.HtmlDecode(value));
        }
        return attrs;
    }

    /// <summary>The fields a browser would submit from the first form <paramref name="pick"/> accepts; null when there is none.</summary>
    public static List<KeyValuePair<string, string>>? FormFields(string html, Func<Dictionary<string, string>, string, bool> pick)
    {
        foreach (Match form in FormRx().Matches(html))
        {
            var attrs = Attributes(form.Groups[1].Value);
            var body = form.Groups[2].Value;
            if (!pick(attrs, body)) continue;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match f in FieldRx().Matches(body))
            {
                if (f.Groups[1].Success)
                {
                    var a = Attributes(f.Groups[1].Value);
                    if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled")) continue;
                    var type = a.GetValueOrDefault("type", "text").ToLowerInvariant();
                    if (type is "submit" or "button" or "reset" or "image" or "file") continue;
                    if (type is "checkbox" or "radio" && !a.ContainsKey("checked")) continue;
                    fields.Add(new(name, a.GetValueOrDefault("value", type is "checkbox" or "radio" ? "on" : "")));
                }
                else if (f.Groups[2].Success)
                {
                    var a = Attributes(f.Groups[2].Value);
                    if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled")) continue;
                    string? first = null, chosen = null;
                    foreach (Match o in OptionRx().Matches(f.Groups[3].Value))
                    {
                        var oa = Attributes(o.Groups[1].Value);
                        var value = oa.TryGetValue("value", out var v) ? v : WebUtility.HtmlDecode(o.Groups[2].Value.Trim());
                        first ??= value;
                        if (oa.ContainsKey("selected")) chosen = value;
                    }
                    if ((chosen ?? first) is { } sent) fields.Add(new(name, sent));
                }
                else
                {
                    var a = Attributes(f.Groups[4].Value);
                    if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled")) continue;
                    var text = WebUtility.HtmlDecode(f.Groups[5].Value);
                    // A browser drops one newline right after <textarea>.
                    if (text.StartsWith("\r\n", StringComparison.Ordinal)) text = text[2..];
                    else if (text.StartsWith('\n')) text = text[1..];
                    fields.Add(new(name, text));
                }
            }
            return fields;
        }
        return null;
    }

    /// <summary>Replaces the value of every field called <paramref name="name"/> (adding it when missing).</summary>
    public static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var found = false;
        for (var i = 0; i < fields.Count; i++)
            if (fields[i].Key == name) { fields[i] = new(name, value); found = true; }
        if (!found) fields.Add(new(name, value));
    }

    public static string? Get(List<KeyValuePair<string, string>> fields, string name) =>
        fields.FirstOrDefault(f => f.Key == name).Value;
}
