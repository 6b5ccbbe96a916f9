using System.Text.Encodings.Web;

namespace OfferDesk.Core.Documents;

internal static class Json
{
    // Documents are served as application/json, never inlined into HTML, so readable apostrophes
    // and accents are safe here.
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
