namespace OfferDesk.Cli.Tests;

/// <summary><c>offerdesk offers</c>: each offer's years and four-year money, the scores with their working, and the flip number, in words.</summary>
public class OffersCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Search = """
        { "version": 1, "opportunities": [
            { "id": "acme", "company": "Acme Corp", "stage": "offer", "preference": 1,
              "offer": { "status": "written", "baseSalary": 100000, "currency": "USD", "grantValue": 400000, "vestingSplit": [5, 15, 40, 40],
                         "ratings": [ { "matter": "Team", "rating": 4 } ] } },
            { "id": "beta", "company": "Beta Inc", "stage": "offer", "preference": 2,
              "offer": { "status": "written", "baseSalary": 200000, "currency": "USD" } } ],
          "whatMatters": [ { "name": "Team", "weight": 5 } ] }
        """;

    [Fact]
    public void TheOffersAreWeighedYearByYearWithTheNumberThatFlipsIt()
    {
        var file = _temp.Write("search.json", Search);

        var run = OfferDeskProcess.Run("offers", file);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("Acme Corp (your #1 choice)");
        run.Stdout.ShouldContain("Year 1: USD 120,000");
        run.Stdout.ShouldContain("Year 3: USD 260,000");
        run.Stdout.ShouldContain("Four years: USD 800,000");
        // Wrapped to 80 columns: read as the sentences they are.
        var said = System.Text.RegularExpressions.Regex.Replace(run.Stdout, @"\s+", " ");
        said.ShouldContain("What matters to you: 4 of 5 (Team 5 × 4 = 20; 20 ÷ 5 = 4).");
        // 800,000 against 800,000: a tie, so nothing to make up and no negative ask.
        said.ShouldContain("The number that flips it: Acme Corp and Beta Inc come to the same money over four years");
        run.Stdout.Split('\n').ShouldAllBe(line => line.Length <= 80);
    }

    [Fact]
    public void AGrantThatDoesNotAddUpIsRefusedWithItsPath()
    {
        var file = _temp.Write("search.json", Search.Replace("[5, 15, 40, 40]", "[5, 15, 40]"));

        var run = OfferDeskProcess.Run("offers", file);

        run.ExitCode.ShouldNotBe(0);
        run.Stderr.ShouldContain("opportunities[0].offer.vestingSplit: adds up to 60%");
    }
}
