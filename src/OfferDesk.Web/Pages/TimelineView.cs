using OfferDesk.Core.Playbook;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Web.Pages;

/// <summary>
/// What the timeline partial draws: the timeline, the day's advice (for the move that answers a clash),
/// and where the move cards are. Offers lists every row in words; Today (<paramref name="AllRows"/>
/// false) only the rows the picture draws, with a link to the rest, so a large search keeps Today light.
/// </summary>
public sealed record TimelineView(SearchTimeline Timeline, Advice Advice, string MovesPage, bool AllRows)
{
    public const string Partial = "_Timeline";

    /// <summary>The rows written out under the picture.</summary>
    public IReadOnlyList<TimelineRow> Listed => AllRows ? Timeline.Rows : TimelineChart.Drawn(Timeline);
}
