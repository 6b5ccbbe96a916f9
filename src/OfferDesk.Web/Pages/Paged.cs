using System.Globalization;

namespace OfferDesk.Web.Pages;

/// <summary>
/// A long list shown a part at a time (issue 22): the board's columns and the search page's
/// stages show <see cref="Size"/> companies, with links to the parts before and after. A search of
/// 5,000 companies made a board of 13 MB of HTML, the heaviest page of all; a part is a page
/// anyone can read and the server renders in a few milliseconds.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Shown, int From, int Total)
{
    public bool HasBefore => From > 0;
    public bool HasAfter => From + Shown.Count < Total;
    public int Before => Math.Max(0, From - Paged.Size);
    public int After => From + Shown.Count;

    /// <summary>"Companies 201 to 400 of 1,234".</summary>
    public string Range => string.Create(CultureInfo.InvariantCulture, $"Companies {From + 1:#,0} to {From + Shown.Count:#,0} of {Total:#,0}");
}

public static class Paged
{
    public const int Size = 200;

    /// <summary>The part of <paramref name="all"/> starting at <paramref name="from"/> (rounded to a part; past the end, the last part).</summary>
    public static Paged<T> Of<T>(IReadOnlyList<T> all, int? from)
    {
        var start = Math.Max(0, from ?? 0) / Size * Size;
        if (start >= all.Count) start = Math.Max(0, (all.Count - 1) / Size * Size);
        return new Paged<T>([.. all.Skip(start).Take(Size)], start, all.Count);
    }
}
