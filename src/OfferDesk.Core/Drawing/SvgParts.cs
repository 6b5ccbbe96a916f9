using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OfferDesk.Core.Drawing;

/// <summary>
/// The small pieces every picture OfferDesk draws as SVG shares (the offer chart, the timeline):
/// numbers written the same way, words in the colour of the text around them, names shortened by
/// whole characters, and text XML can hold.
/// </summary>
internal static class SvgParts
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    // The words take the colour of the text around the picture (dark on light, light on dark);
    // drawn on its own, without a page around it, that is black.
    public const string TextColour = "currentColor";
    public const string Font = "system-ui, -apple-system, 'Segoe UI', sans-serif";

    /// <summary>An &lt;svg&gt; that scales to its container, named by its title and description.</summary>
    public static XElement Root(double width, double height, string ids, params object[] content) =>
        new(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{ids}-title {ids}-desc"),
            new XAttribute("font-family", Font),
            new XAttribute("font-size", "12"),
            content);

    public static XElement Text(double x, double y, string text) =>
        new(Ns + "text", Attr("x", x), Attr("y", y), new XAttribute("fill", TextColour), Clean(text));

    public static XAttribute Attr(string name, double value) => new(name, Number(value));

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Long names would run into the picture; cut by text element so no character is split.</summary>
    public static string Shorten(string name, int chars)
    {
        name = Clean(name);
        var info = new StringInfo(name);
        return info.LengthInTextElements <= chars ? name : info.SubstringByTextElements(0, chars - 1).TrimEnd() + "…";
    }

    /// <summary>
    /// Drops characters XML 1.0 cannot hold at all (most control characters, lone surrogates):
    /// escaping cannot represent them, and the writer would throw rather than emit them.
    /// </summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) { sb.Append(c).Append(text[i + 1]); i++; }
        }
        return sb.ToString();
    }

    public static string Serialize(XElement svg) => svg.ToString(SaveOptions.None);
}
