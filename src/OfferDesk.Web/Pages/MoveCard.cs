using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>What the move partial needs to show one move with its "Done" form.</summary>
public sealed record MoveCard(Move Move, DateOnly Today, int Version, string ReturnUrl, bool ShowDone = true, bool OpenScript = false)
{
    public string DueText => (Move.Due.DayNumber - Today.DayNumber) switch
    {
        0 => "due today",
        1 => "due tomorrow",
        < 0 and var d => $"overdue by {-d} day{(d == -1 ? "" : "s")}",
        _ => $"due {Wording.Spoken(Move.Due)}",
    };
}
