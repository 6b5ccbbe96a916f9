using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Comparison;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class OffersModel(Desk desk) : PageModel
{
    public IReadOnlyList<OfferSummary> Offers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Offers = OfferComparison.Compare((await desk.LoadAsync(ct)).Pipeline);
}
