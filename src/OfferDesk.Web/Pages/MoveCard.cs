using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>What the move partial needs to show one move with its "Done" form.</summary>
public sealed record MoveCard(Move Move, DateOnly Today, int Version, string ReturnUrl, bool ShowDone = true, bool OpenScript = false, Contact? Contact = null)
{
    /// <summary>The partial that shows a list of cards, by its path: found directly, not searched for in every view location.</summary>
    public const string Partial = "/Pages/Shared/_Moves.cshtml";

    private (string? Subject, string Body)? _email;

    public string DueText => Vocabulary.Due(Move.Due, Today);

    /// <summary>The card with whom to call or write: the person the script speaks to, else the first with a number or an address.</summary>
    public static MoveCard For(Move move, Pipeline pipeline, DateOnly today, int version, string returnUrl)
    {
        Contact? contact = null;
        if (pipeline.Find(move.Opportunity) is { } o)
        {
            // The person the script greets on this channel (V4): the first with a phone for a call, with an address for an email.
            var addressed = Words.Addressed(o, move.Channel);
            contact = move.Channel == Channel.Phone
                ? (addressed?.Phone is { Length: > 0 } ? addressed : o.Contacts.Find(c => c.Phone is { Length: > 0 }))
                : (addressed?.Email is { Length: > 0 } ? addressed : o.Contacts.Find(c => c.Email is { Length: > 0 }) ?? addressed);
        }
        return new MoveCard(move, today, version, returnUrl, Contact: contact);
    }

    /// <summary>An email script split into its "Subject: …" first line and the body under it.</summary>
    public (string? Subject, string Body) Email => _email ??= SplitEmail();

    private (string? Subject, string Body) SplitEmail()
    {
        {
            var script = Move.Script;
            if (!script.StartsWith("Subject:", StringComparison.Ordinal)) return (null, script);
            var end = script.IndexOf('\n');
            if (end < 0) return (script["Subject:".Length..].Trim(), "");
            return (script["Subject:".Length..end].Trim(), script[(end + 1)..].TrimStart('\r', '\n'));
        }
    }

    /// <summary>A tel: address: digits and a leading plus only.</summary>
    public string? TelHref => Contact?.Phone is { Length: > 0 } phone
        ? "tel:" + new string([.. phone.Trim().Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0))])
        : null;

    /// <summary>A mailto: address with the subject and body filled in, for the mail app.</summary>
    public string MailtoHref
    {
        get
        {
            var (subject, body) = Email;
            var to = Contact?.Email is { Length: > 0 } e ? Uri.EscapeDataString(e.Trim()).Replace("%40", "@") : "";
            var query = new List<string>();
            if (subject is not null) query.Add("subject=" + Uri.EscapeDataString(subject));
            query.Add("body=" + Uri.EscapeDataString(body.Replace("\r\n", "\n").Replace("\n", "\r\n")));
            return $"mailto:{to}?{string.Join('&', query)}";
        }
    }

    /// <summary>
    /// <see cref="MailtoHref"/> as it goes in an attribute. Percent-escaping leaves only letters,
    /// digits, "-_.~" and the "%:?=@&amp;" it adds, so the ampersands are all HTML needs escaped: done
    /// here in one pass, not by the encoder over a kilobyte of escapes on every card.
    /// </summary>
    public string MailtoAttribute => MailtoHref.Replace("&", "&amp;", StringComparison.Ordinal);
}
