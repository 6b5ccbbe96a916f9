using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>What the move partial needs to show one move with its "Done" form.</summary>
public sealed record MoveCard(Move Move, DateOnly Today, int Version, string ReturnUrl, bool ShowDone = true, bool OpenScript = false)
{
    public string DueText => Vocabulary.Due(Move.Due, Today);
}
