using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Comparison;
using OfferDesk.Core.Model;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class OffersModel(Desk desk) : PageModel
{
    public IReadOnlyList<OfferSummary> Offers { get; private set; } = [];
    public DeskView View { get; private set; } = null!;

    /// <summary>The offer itself, for what the comparison does not weigh: days off, workplace, location, a note.</summary>
    public Offer? OfferOf(string id) => View.Pipeline.Find(id)?.Offer;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        Offers = OfferComparison.Compare(View.Pipeline);
    }

    public static string Shortfall(Shortfall s) => s switch
    {
        Core.Model.Shortfall.Title => "the title",
        Core.Model.Shortfall.Money => "money",
        Core.Model.Shortfall.Responsibility => "responsibility",
        Core.Model.Shortfall.Location => "location",
        _ => "something else",
    };
}
