using System.Text.Json.Nodes;

namespace OfferDesk.Cli.Tests;

/// <summary>The scenario checks must be able to fail, or a green run means nothing.</summary>
public class AdviceChecksTests
{
    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void AnItemMatchesWhenEveryGivenFieldIsEqual()
    {
        var got = Obj("""{ "code": "follow-up", "opportunity": "acme", "priority": "high" }""");

        AdviceChecks.Matches(Obj("""{ "code": "follow-up" }"""), got).ShouldBeTrue();
        AdviceChecks.Matches(Obj("""{ "code": "follow-up", "priority": "high" }"""), got).ShouldBeTrue();
        AdviceChecks.Matches(Obj("""{ "code": "follow-up", "priority": "low" }"""), got).ShouldBeFalse();
        AdviceChecks.Matches(Obj("""{ "due": "2026-01-01" }"""), got).ShouldBeFalse();
        AdviceChecks.Matches(Obj("{}"), got).ShouldBeTrue();
    }

    [Fact]
    public void ANullOpportunityMatchesOnlyNull()
    {
        AdviceChecks.Matches(Obj("""{ "opportunity": null }"""), Obj("""{ "code": "slow-season", "opportunity": null }""")).ShouldBeTrue();
        AdviceChecks.Matches(Obj("""{ "opportunity": null }"""), Obj("""{ "code": "deadline-passed", "opportunity": "acme" }""")).ShouldBeFalse();
    }

    [Fact]
    public void MissingAndForbiddenItemsAreReported()
    {
        var advice = Obj("""{ "moves": [ { "code": "follow-up", "opportunity": "acme" } ], "upcoming": [], "warnings": [ { "code": "slow-season", "opportunity": null } ] }""");
        var expect = Obj("""
            { "moves": [ { "code": "defer-offer" } ], "absent": [ { "code": "follow-up" } ],
              "warnings": [ { "code": "deadline-passed" } ], "absentWarnings": [ { "code": "slow-season" } ] }
            """);

        AdviceChecks.Expectations(expect, advice).Count.ShouldBe(4);
    }

    [Fact]
    public void TheInvariantsCatchBadAdvice()
    {
        var pipeline = Obj("""
            { "opportunities": [
              { "id": "acme", "company": "Acme Corp", "contacts": [ { "name": "Dana Ruiz" } ] },
              { "id": "beta", "company": "Beta Inc" } ] }
            """);
        var advice = Obj("""
            { "moves": [
                { "code": "follow-up", "opportunity": "beta", "company": "Beta Inc", "priority": "low", "due": "2026-03-10", "channel": "either", "summary": "s", "why": "w", "script": "Hello Beta Inc team" },
                { "code": "accelerate-preferred", "opportunity": "acme", "company": "Acme Corp", "priority": "high", "due": "2026-03-10", "channel": "phone", "summary": "s", "why": "w", "script": "Hi Dana at Acme Corp, Beta Inc made me an offer" },
                { "code": "defer-offer", "opportunity": "acme", "company": "Acme", "priority": "soon", "due": "10/03/2026", "channel": "fax", "summary": "", "why": "w", "script": "" }
              ],
              "upcoming": [],
              "warnings": [ { "code": "slow-season", "opportunity": null, "message": "m" }, { "code": "deadline-passed", "opportunity": "acme", "message": "" } ] }
            """);

        var problems = AdviceChecks.Invariants(pipeline, advice);

        problems.ShouldContain(p => p.Contains("names another company (Beta Inc)"));
        problems.ShouldContain(p => p.Contains("moves are not sorted"));
        problems.ShouldContain(p => p.Contains("company 'Acme'"));
        problems.ShouldContain(p => p.Contains("priority 'soon'"));
        problems.ShouldContain(p => p.Contains("channel 'fax'"));
        problems.ShouldContain(p => p.Contains("is not YYYY-MM-DD"));
        problems.ShouldContain(p => p.Contains("empty or missing 'summary'"));
        problems.ShouldContain(p => p.Contains("warnings are not sorted"));
        problems.ShouldContain(p => p.Contains("empty code or message"));
    }
}
