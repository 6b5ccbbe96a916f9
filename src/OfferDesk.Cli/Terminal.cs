using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using OfferDesk.Core.Model;
using System.Text;

namespace OfferDesk.Cli;

/// <summary>
/// Keeps a document from driving the terminal: control characters in a company name or a note
/// (an escape sequence can recolour, move the cursor, retitle the window or write the clipboard)
/// are removed before anything is printed. Newline and tab are kept.
/// </summary>
public static class Terminal
{
    /// <summary>Whether a character may reach the terminal: printable, newline or tab.</summary>
    public static bool IsPrintable(char c) => c is '\n' or '\t' || !(char.IsControl(c) || c is '\u2028' or '\u2029');

    public static string Clean(string s)
    {
        var i = 0;
        while (i < s.Length && IsPrintable(s[i])) i++;
        if (i == s.Length) return s;
        var b = new StringBuilder(s.Length);
        foreach (var c in s) if (IsPrintable(c)) b.Append(c);
        return b.ToString();
    }

    /// <summary>
    /// Cleans every string a document object holds, in place, through its public settable
    /// properties and lists: the model grows fields, and each is covered without being named here.
    /// </summary>
    public static void CleanStrings(object? value) => Walk(value, new HashSet<object>(ReferenceEqualityComparer.Instance));

    // Published with Native AOT, reflection sees only what is kept: these keep every public property
    // of the document's types, which is all the walk reads.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Pipeline))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Candidate))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Opportunity))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Process))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Contact))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Interview))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Offer))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Event))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Matter))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(OfferRating))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ExchangeRate))]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The document's types are kept whole by the DynamicDependency attributes above.")]
    private static void Walk(object? value, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
        if (value is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is string s) { if (!list.IsReadOnly) list[i] = Clean(s); }
                else Walk(list[i], seen);
            }
            return;
        }
        if (value is IDictionary dictionary)
        {
            foreach (var entry in dictionary.Values) Walk(entry, seen);
            return;
        }
        if (value.GetType().Namespace?.StartsWith("OfferDesk.", StringComparison.Ordinal) != true) return;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead) continue;
            var current = property.GetValue(value);
            if (current is string text)
            {
                if (property.CanWrite && property.SetMethod?.IsPublic == true) property.SetValue(value, Clean(text));
            }
            else if (current is not null && !current.GetType().IsValueType) Walk(current, seen);
        }
    }

    /// <summary>A writer that drops control characters (but newline and tab) on their way out.</summary>
    public sealed class Writer(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;
        public override void Write(char value) { if (IsPrintable(value)) inner.Write(value); }
        public override void Write(string? value) { if (value is not null) inner.Write(Clean(value)); }
        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
        public override void WriteLine(string? value) { Write(value); inner.Write('\n'); }
        public override void WriteLine() => inner.Write('\n');
        public override void Flush() => inner.Flush();
    }
}
