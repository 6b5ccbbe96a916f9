using OfferDesk.Core.Playbook;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Web.Pages;

/// <summary>What the timeline partial draws: the timeline, the day's advice (for the move that answers a clash), and where the move cards are.</summary>
public sealed record TimelineView(SearchTimeline Timeline, Advice Advice, string MovesPage)
{
    public const string Partial = "_Timeline";
}
