namespace OfferDesk.Core.Tests.Documents;

/// <summary>
/// The reader matches property names and dates on their UTF-8 form and writes a problem's path
/// only when it reports one: escaped names and values must still read as their text, and paths
/// deep in the document must still be whole.
/// </summary>
public class ReaderTests
{
    private static string Doc(string opportunity) => $$"""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "interviewing" }, {{opportunity}} ] }""";

    [Fact]
    public void EscapedPropertyNamesAndDatesReadAsTheirText()
    {
        // "\u0063ompany" is "company"; "\u0032026-03-01" is "2026-03-01".
        var json = Doc("""{ "id": "b", "\u0063ompany": "Beta", "stage": "offer", "appliedOn": "\u0032026-03-01", "offer": { "status": "written", "deadl\u0069ne": "2026-03-20" } }""");

        var result = PipelineJson.Parse(json);

        result.Problems.ShouldBeEmpty();
        var b = result.Pipeline!.Opportunities[1];
        b.Company.ShouldBe("Beta");
        b.AppliedOn.ShouldBe(new DateOnly(2026, 3, 1));
        b.Offer!.Deadline.ShouldBe(new DateOnly(2026, 3, 20));
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("2025-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-00-10")]
    [InlineData("2026-1a-10")]
    public void ADateThatLooksRightButIsNotAPlaceOnTheCalendarIsRefused(string date)
    {
        var problem = PipelineJson.Parse(Doc($$"""{ "id": "b", "company": "B", "stage": "applied", "events": [ { "on": "2026-01-01", "kind": "note" }, { "on": "{{date}}", "kind": "note" } ] }""")).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("opportunities[1].events[1].on");
        problem.Message.ShouldBe($"\"{date}\" is not a date (YYYY-MM-DD)");
    }

    [Fact]
    public void ProblemsDeepInTheDocumentNameTheirWholePath()
    {
        var json = Doc("""
            { "id": "b", "company": "B", "stage": "offer", "colour": "red",
              "contacts": [ { "name": "Dana" }, { "name": "Lee", "role": "boss" } ],
              "interviews": [ { "at": "2026-03-01", "status": "done" }, "not an object" ],
              "offer": { "status": "written", "shortfalls": [ "money", "vibes" ], "ptoDays": 2.5 },
              "events": [ { "on": "2026-03-02", "kind": "note", "kind": "note" } ],
              "process": { "totalSteps": "three" } }
            """);

        var problems = PipelineJson.Parse(json).Problems.Select(p => p.Path).ToList();

        problems.ShouldBe(
        [
            "opportunities[1].colour",
            "opportunities[1].process.totalSteps",
            "opportunities[1].contacts[1].role",
            "opportunities[1].interviews[1]",
            "opportunities[1].offer.ptoDays",
            "opportunities[1].offer.shortfalls[1]",
            "opportunities[1].events[0].kind",
        ], ignoreOrder: true);
    }

    [Fact]
    public void ARequiredPropertyGivenAsNullSaysSo()
    {
        var problem = PipelineJson.Parse(Doc("""{ "id": "b", "company": null, "stage": "applied" }""")).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("opportunities[1].company");
        problem.Message.ShouldBe("is required and may not be null");
    }
}
