namespace OfferDesk.Core.Playbook;

/// <summary>The pieces every script is built from: who it addresses, how it opens and closes.</summary>
public static class Words
{
    /// <summary>The first hiring manager, else the first recruiter, else the first contact.</summary>
    public static Contact? ContactFor(Opportunity o) =>
        o.Contacts.Find(c => c.Role == ContactRole.HiringManager)
        ?? o.Contacts.Find(c => c.Role == ContactRole.Recruiter)
        ?? o.Contacts.FirstOrDefault();

    /// <summary>"Dana", or "the team at Acme Corp" when there is nobody to name.</summary>
    public static string Addressee(Opportunity o) => ContactFor(o)?.FirstName ?? $"the team at {o.Company}";

    public static string Greeting(Opportunity o) => ContactFor(o) is { } c ? $"Hi {c.FirstName}," : $"Hello {o.Company} team,";

    /// <summary>"the Staff Engineer role at Acme Corp", or "the role at Acme Corp".</summary>
    public static string TheRole(Opportunity o) =>
        string.IsNullOrWhiteSpace(o.Role) ? $"the role at {o.Company}" : $"the {o.Role} role at {o.Company}";

    public static string Role(Opportunity o) => string.IsNullOrWhiteSpace(o.Role) ? "the role" : $"the {o.Role} role";

    /// <summary>How a call opens: "this is Sam Lee", or without a name, a plain "this is" the caller fills in aloud.</summary>
    public static string Me(Situation s) => s.CandidateName is { } n ? $"this is {n}" : "this is (your name)";

    public static string SignOff(Situation s) => s.CandidateName is { } n ? $"Best regards,\n{n}" : "Best regards";

    public static string Date(DateOnly d) => Wording.Spoken(d);

    /// <summary>"Friday, March 13", "today", or "tomorrow", relative to the situation's day.</summary>
    public static string When(Situation s, DateOnly d) => s.DaysUntil(d) switch
    {
        0 => $"today ({Date(d)})",
        1 => $"tomorrow ({Date(d)})",
        _ => Date(d),
    };

    public static string Money(decimal amount, string? currency) =>
        currency is null ? amount.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)
                         : $"{currency} {amount.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>An email: subject line, greeting, paragraphs, sign-off.</summary>
    public static string Email(Situation s, Opportunity o, string subject, params string[] paragraphs)
    {
        // Joined in one go: a script is built for every move, and a builder would copy each one twice.
        var parts = new string[6 + 2 * paragraphs.Length];
        parts[0] = "Subject: ";
        parts[1] = subject;
        parts[2] = "\n\n";
        parts[3] = Greeting(o);
        parts[4] = "\n\n";
        for (var i = 0; i < paragraphs.Length; i++)
        {
            parts[5 + 2 * i] = paragraphs[i];
            parts[6 + 2 * i] = "\n\n";
        }
        parts[^1] = SignOff(s);
        return string.Concat(parts);
    }

    /// <summary>A phone call, laid out to be read aloud: who to ask for, the opening, the ask, what next.</summary>
    public static string Call(Opportunity o, string opening, string ask, params (string If, string Say)[] outcomes)
    {
        var c = ContactFor(o);
        var parts = new List<string>(12 + 5 * outcomes.Length) { "Call " };
        if (c is null) parts.Add(o.Company);
        else parts.AddRange([c.Name, " at ", o.Company]);
        if (c?.Phone is { Length: > 0 } phone) parts.AddRange([" (", phone, ")"]);
        parts.AddRange([".\n\nOpening: \"", opening, "\"\n\nThe ask: \"", ask, "\""]);
        foreach (var (when, say) in outcomes)
            parts.AddRange(["\n\nIf ", when, ": \"", say, "\""]);
        return string.Concat(parts);
    }

    public static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
