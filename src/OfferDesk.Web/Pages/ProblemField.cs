namespace OfferDesk.Web.Pages;

/// <summary>
/// Where a problem is on a form: the field's label, as the form shows it, and the id of its input
/// (null when it has none to link to). A page that puts <c>ViewData["ProblemField"]</c> (a
/// <c>Func&lt;string, ProblemField?&gt;</c> from a problem's path) gets its problems listed by label,
/// each a link to its field, instead of by document path.
/// </summary>
public sealed record ProblemField(string Label, string? InputId);
