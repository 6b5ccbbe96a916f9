using System.Text.Json.Nodes;

namespace OfferDesk.Core.Tests.Documents;

/// <summary>
/// The document's bounds (docs/LIMITS.md), as the lead decided them, read through the JSON reader:
/// a value at the bound reads, one past it is refused at its path and nothing else is reported.
/// The numbers are written here, not taken from the table, so a changed table fails these.
/// </summary>
public class LimitsTests
{
    private const string Base = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Sam" },
          "opportunities": [ {
            "id": "acme", "company": "Acme", "role": "Engineer", "preference": 1, "stage": "offer",
            "process": { "totalSteps": 4, "completedSteps": 2 },
            "contacts": [ { "name": "Dana", "phone": "555", "email": "dana@example.test" } ],
            "interviews": [ { "at": "2026-11-18T15:00:00-06:00", "kind": "onsite", "status": "done" } ],
            "offer": { "status": "written", "title": "Senior", "baseSalary": 100000, "bonusTargetPercent": 10,
                       "signingBonus": 5000, "equityPerYear": 1000, "ptoDays": 20, "location": "Austin", "note": "ok" },
            "events": [ { "on": "2026-11-19", "kind": "note", "note": "ok" } ],
            "notes": "ok"
          } ]
        }
        """;

    /// <summary>The base document with one value replaced (a path like <c>opportunities[0].offer.note</c>).</summary>
    private static string With(string path, JsonNode? value)
    {
        var root = JsonNode.Parse(Base)!;
        var parts = path.Replace("[", ".[").Split('.');
        JsonNode node = root;
        for (var i = 0; i < parts.Length - 1; i++)
            node = parts[i].StartsWith('[') ? node[int.Parse(parts[i][1..^1])]! : node[parts[i]]!;
        node[parts[^1]] = value;
        return root.ToJsonString();
    }

    [Fact]
    public void TheBaseDocumentReads() => PipelineJson.Parse(Base).Problems.ShouldBeEmpty();

    [Theory]
    [InlineData("candidate.name", 200)]
    [InlineData("opportunities[0].company", 200)]
    [InlineData("opportunities[0].role", 200)]
    [InlineData("opportunities[0].offer.title", 200)]
    [InlineData("opportunities[0].offer.location", 200)]
    [InlineData("opportunities[0].contacts[0].name", 200)]
    [InlineData("opportunities[0].interviews[0].kind", 100)]
    [InlineData("opportunities[0].contacts[0].phone", 50)]
    [InlineData("opportunities[0].contacts[0].email", 254)]
    [InlineData("opportunities[0].notes", 20_000)]
    [InlineData("opportunities[0].events[0].note", 2_000)]
    [InlineData("opportunities[0].offer.note", 2_000)]
    public void TextHasItsLength(string path, int max)
    {
        PipelineJson.Parse(With(path, new string('x', max))).Problems.ShouldBeEmpty();
        var problem = PipelineJson.Parse(With(path, new string('x', max + 1))).Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain($"at most {max:#,0} characters");
    }

    [Theory]
    [InlineData("opportunities[0].offer.baseSalary", 0, 1_000_000_000)]
    [InlineData("opportunities[0].offer.signingBonus", 0, 1_000_000_000)]
    [InlineData("opportunities[0].offer.equityPerYear", 0, 1_000_000_000)]
    [InlineData("opportunities[0].offer.bonusTargetPercent", 0, 1_000)]
    [InlineData("opportunities[0].offer.ptoDays", 0, 366)]
    [InlineData("opportunities[0].preference", 1, 100_000)]
    [InlineData("opportunities[0].process.completedSteps", 0, 4)]
    public void NumbersHaveTheirRange(string path, long min, long max)
    {
        PipelineJson.Parse(With(path, min)).Problems.ShouldBeEmpty();
        PipelineJson.Parse(With(path, max)).Problems.ShouldBeEmpty();
        PipelineJson.Parse(With(path, min - 1)).Problems.ShouldHaveSingleItem().Path.ShouldBe(path);
        PipelineJson.Parse(With(path, max + 1)).Problems.ShouldHaveSingleItem().Path.ShouldBe(path);
    }

    [Fact]
    public void StepsGoUpToOneHundred()
    {
        var json = With("opportunities[0].process", JsonNode.Parse("""{ "totalSteps": 100, "completedSteps": 100 }"""));
        PipelineJson.Parse(json).Problems.ShouldBeEmpty();
        json = With("opportunities[0].process", JsonNode.Parse("""{ "totalSteps": 101, "completedSteps": 101 }"""));
        PipelineJson.Parse(json).Problems.Select(p => p.Path).ShouldBe(["opportunities[0].process.totalSteps", "opportunities[0].process.completedSteps"]);
    }

    [Theory]
    [InlineData("today", "1900-01-01", "1899-12-31")]
    [InlineData("today", "2200-12-31", "2201-01-01")]
    [InlineData("opportunities[0].appliedOn", "1900-01-01", "1899-12-31")]
    [InlineData("opportunities[0].lastHeardFrom", "2200-12-31", "2201-01-01")]
    [InlineData("opportunities[0].offer.deadline", "2200-12-31", "9999-01-01")]
    [InlineData("opportunities[0].offer.startDate", "1900-01-01", "0001-01-01")]
    [InlineData("opportunities[0].events[0].on", "2200-12-31", "2201-01-01")]
    [InlineData("opportunities[0].interviews[0].at", "2200-12-31T09:00:00+00:00", "2201-01-01T09:00:00+00:00")]
    [InlineData("opportunities[0].interviews[0].at", "1900-01-01", "1899-12-31")]
    public void DatesAreInTheYears1900To2200(string path, string inside, string outside)
    {
        PipelineJson.Parse(With(path, inside)).Problems.ShouldBeEmpty();
        var problem = PipelineJson.Parse(With(path, outside)).Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain("1900 to 2200");
    }

    [Theory]
    [InlineData("contacts", 20)]
    [InlineData("interviews", 50)]
    [InlineData("events", 200)]
    public void ListsHaveTheirLength(string list, int max)
    {
        var root = JsonNode.Parse(Base)!;
        var items = root["opportunities"]![0]![list]!.AsArray();
        var one = items[0]!.ToJsonString();
        while (items.Count < max) items.Add(JsonNode.Parse(one));
        PipelineJson.Parse(root.ToJsonString()).Problems.ShouldBeEmpty();
        items.Add(JsonNode.Parse(one));
        PipelineJson.Parse(root.ToJsonString()).Problems.ShouldHaveSingleItem().Path.ShouldBe($"opportunities[0].{list}");
    }

    [Fact]
    public void ASearchHoldsAtMost5000Opportunities()
    {
        var p = new Pipeline();
        for (var i = 0; i < 5000; i++) p.Opportunities.Add(new Opportunity { Id = $"c{i}", Company = $"C{i}" });
        PipelineRules.Check(p).ShouldBeEmpty();
        p.Opportunities.Add(new Opportunity { Id = "one-more", Company = "One more" });
        PipelineRules.Check(p).ShouldHaveSingleItem().Path.ShouldBe("opportunities");
    }

    [Theory]
    [InlineData("opportunities[0].notes", "\\u0000")]
    [InlineData("opportunities[0].company", "Acme\\u0007")]
    [InlineData("opportunities[0].contacts[0].name", "\\u001b[31mDana")]
    [InlineData("opportunities[0].events[0].note", "\\u007f")]
    [InlineData("opportunities[0].notes", "\\ud800")]
    [InlineData("opportunities[0].offer.note", "broken \\udc00 pair")]
    [InlineData("candidate.name", "Sam\\ud83d")]
    public void ControlCharactersAndHalfPairsAreRefused(string path, string escaped)
    {
        // The escapes are written in the JSON itself, as a hand-edited document would carry them.
        var json = With(path, "PLACEHOLDER").Replace("\"PLACEHOLDER\"", $"\"{escaped}\"");
        var problem = PipelineJson.Parse(json).Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
    }

    [Fact]
    public void TabsNewlinesAndWholePairsAreText()
    {
        var json = With("opportunities[0].notes", "PLACEHOLDER").Replace("\"PLACEHOLDER\"", "\"line\\tone\\r\\nline two 😀 \\ud83d\\ude00\"");
        PipelineJson.Parse(json).Pipeline.ShouldNotBeNull().Opportunities[0].Notes.ShouldBe("line\tone\r\nline two 😀 😀");
    }

    [Theory]
    [InlineData("America/Chicago", true)]
    [InlineData("Europe/Paris", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("central time", false)]
    public void TheTimeZoneIsAnIanaName(string zone, bool valid)
    {
        var problems = PipelineJson.Parse(With("candidate.timeZone", zone)).Problems;
        if (valid) problems.ShouldBeEmpty();
        else problems.ShouldHaveSingleItem().Path.ShouldBe("candidate.timeZone");
    }

    [Fact]
    public void EveryProblemOfADocumentIsReportedInOneRound()
    {
        var root = JsonNode.Parse(Base)!;
        var o = root["opportunities"]![0]!;
        o["notes"] = new string('x', 20_001);
        o["appliedOn"] = "not a date";
        o["offer"]!["ptoDays"] = 400;
        o["contacts"]![0]!["email"] = new string('e', 255);
        root["candidate"]!["timeZone"] = "Nowhere/Town";
        PipelineJson.Parse(root.ToJsonString()).Problems.Select(p => p.Path).Order().ShouldBe([
            "candidate.timeZone",
            "opportunities[0].appliedOn",
            "opportunities[0].contacts[0].email",
            "opportunities[0].notes",
            "opportunities[0].offer.ptoDays",
        ]);
    }

    [Theory]
    [InlineData("opportunities[4].notes", "Notes")]
    [InlineData("notes", "Notes")]
    [InlineData("opportunities[0].contacts[1].email", "Contact 2: Email")]
    [InlineData("contacts[0].name", "Contact 1: Name")]
    [InlineData("interviews[2].at", "Interview 3: When")]
    [InlineData("offer.deadline", "Answer due by")]
    [InlineData("candidate.timeZone", "Your time zone")]
    public void EveryFieldHasALabelInPeoplesWords(string path, string label) =>
        DocumentFields.Label(path).ShouldBe(label);
}
