namespace OfferDesk.Core.Tests.Documents;

/// <summary>Writing a pipeline and reading it back changes nothing: export, import and Clone rely on it.</summary>
public class RoundTripTests
{
    [Fact]
    public void TheExampleSearchSurvivesARoundTrip()
    {
        var written = PipelineJson.Serialize(ExampleSearch.Create(Day.Today));

        var read = PipelineJson.Parse(written);

        read.Problems.ShouldBeEmpty();
        PipelineJson.Serialize(read.Pipeline!).ShouldBe(written);
    }

    [Fact]
    public void ADocumentUsingEveryPropertyReachesAFixpointAtOnce()
    {
        var first = PipelineJson.Serialize(PipelineJson.Parse(ValidationTests.Full).Pipeline!);

        var second = PipelineJson.Serialize(PipelineJson.Parse(first).Pipeline!);

        second.ShouldBe(first);
        first.ShouldContain("\"outcome\": \"no-timeline\"");
        first.ShouldContain("\"at\": \"2026-11-18T15:00:00-06:00\"");
        first.ShouldContain("\"shortfalls\": [");
    }

    [Theory]
    [InlineData("2026-11-18T15:00Z", "2026-11-18T15:00:00+00:00")]
    [InlineData("2026-11-18T15:00:00.250+05:30", "2026-11-18T15:00:00.25+05:30")]
    [InlineData("2026-11-18T15:00-06:00", "2026-11-18T15:00:00-06:00")]
    [InlineData("2026-11-18", "2026-11-18")]
    public void InterviewTimesAreWrittenInOneSpellingThatReadsBackTheSame(string input, string written)
    {
        var json = $$"""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "interviewing", "interviews": [ { "at": "{{input}}" } ] } ] }""";
        var once = PipelineJson.Serialize(PipelineJson.Parse(json).Pipeline!);

        once.ShouldContain($"\"at\": \"{written}\"");
        PipelineJson.Serialize(PipelineJson.Parse(once).Pipeline!).ShouldBe(once);
        PipelineJson.Parse(once).Pipeline!.Opportunities[0].Interviews[0].At
            .ShouldBe(PipelineJson.Parse(json).Pipeline!.Opportunities[0].Interviews[0].At);
    }

    [Fact]
    public void MoneyKeepsItsExactValue()
    {
        var json = """{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "offer", "offer": { "status": "written", "baseSalary": 123456.78, "bonusTargetPercent": 12.5, "signingBonus": 0 } } ] }""";

        var again = PipelineJson.Parse(PipelineJson.Serialize(PipelineJson.Parse(json).Pipeline!)).Pipeline!.Opportunities[0].Offer!;

        again.BaseSalary.ShouldBe(123456.78m);
        again.BonusTargetPercent.ShouldBe(12.5m);
        again.SigningBonus.ShouldBe(0m);
    }

    [Fact]
    public void TextWithQuotesAndAccentsSurvives()
    {
        var p = Search.Of(Opp.Interviewing("acme").ForRole("Ingénieur \"principal\"")).Pipeline;
        p.Opportunities[0].Notes = "Line one\nline two, with a tab\tand an emoji 🎉";

        var again = PipelineJson.Parse(PipelineJson.Serialize(p)).Pipeline!.Opportunities[0];

        again.Role.ShouldBe("Ingénieur \"principal\"");
        again.Notes.ShouldBe(p.Opportunities[0].Notes);
    }

    [Fact]
    public void ACloneIsEqualButSeparate()
    {
        var original = ExampleSearch.Create(Day.Today);

        var clone = original.Clone();
        clone.Opportunities[0].Company = "Changed";

        original.Opportunities[0].Company.ShouldBe("Northwind Traders");
        PipelineJson.Serialize(original.Clone()).ShouldBe(PipelineJson.Serialize(original));
    }

    [Fact]
    public void TheExampleSearchIsValidAndAdvisable()
    {
        var example = ExampleSearch.Create(Day.Today);

        PipelineRules.Check(example).ShouldBeEmpty();
        var advice = Advisor.Advise(example, Day.Today);
        advice.Moves.ShouldNotBeEmpty();
        advice.ShouldPropose("accelerate-preferred", "northwind");
        advice.ShouldPropose("defer-offer", "bluebird");
    }
}
