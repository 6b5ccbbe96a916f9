using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OfferDesk.Web.Pages;

/// <summary>Every error page: a kind word, never a stack trace or an internal detail.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "Your data is safe. Please try again in a moment.";

    public void OnGet(int? code) => Set(code);
    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        (Title, Message) = code switch
        {
            404 => ("Not found", "There is nothing here, or it is not yours to see."),
            400 => ("That request could not be used", "Please go back and try again."),
            429 when HttpContext.Items.ContainsKey(Infrastructure.HeavyWork.RefusedItem) =>
                ("One moment, please", "Another download, upload or email of yours is still on its way. Wait a few seconds, then try again."),
            429 => ("Too many attempts", "Please wait a minute before trying again."),
            _ => (Title, Message),
        };
    }
}
