using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace OfferDesk.Web.Infrastructure;

/// <summary>Return addresses after a form: only this site's, and always fit for a Location header.</summary>
public static class LocalUrl
{
    /// <summary>
    /// The address if it is local, else "/". Characters a header cannot carry (anything outside
    /// printable ASCII) are percent-encoded as UTF-8, so "/opportunities/café" redirects rather
    /// than failing after the user's change was already saved.
    /// </summary>
    public static string Safe(IUrlHelper url, string? address)
    {
        if (string.IsNullOrEmpty(address) || !url.IsLocalUrl(address)) return "/";
        var b = new StringBuilder(address.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in address.EnumerateRunes())
        {
            if (rune.Value is >= 0x21 and <= 0x7E) b.Append((char)rune.Value);
            else
            {
                var n = rune.EncodeToUtf8(bytes);
                for (var i = 0; i < n; i++) b.Append('%').Append(bytes[i].ToString("X2"));
            }
        }
        return b.ToString();
    }
}
