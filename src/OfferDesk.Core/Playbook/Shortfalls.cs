namespace OfferDesk.Core.Playbook;

/// <summary>People's words for what an offer lacks.</summary>
public static class Shortfalls
{
    public static string Describe(Shortfall f) => f switch
    {
        Shortfall.Title => "the title",
        Shortfall.Money => "pay",
        Shortfall.Responsibility => "responsibility",
        Shortfall.Location => "location",
        _ => "something else you want",
    };
}
