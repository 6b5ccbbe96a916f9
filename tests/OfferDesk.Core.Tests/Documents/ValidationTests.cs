namespace OfferDesk.Core.Tests.Documents;

/// <summary>
/// Reading a pipeline document (PLAYBOOK section 1): every problem is reported at once, each
/// with the path to where it is, and a bad document gives no pipeline.
/// </summary>
public class ValidationTests
{
    private const string Acme = """{ "id": "acme", "company": "Acme Corp", "stage": "interviewing" }""";

    private static string Doc(params string[] opportunities) =>
        $$"""{ "version": 1, "opportunities": [ {{string.Join(", ", opportunities)}} ] }""";

    /// <summary>One opportunity with the given extra properties after id, company and stage.</summary>
    private static string One(string stage, string extra = "") =>
        Doc($$"""{ "id": "acme", "company": "Acme Corp", "stage": "{{stage}}"{{(extra.Length > 0 ? ", " + extra : "")}} }""");

    private static IReadOnlyList<string> Problems(string json)
    {
        var result = PipelineJson.Parse(json);
        result.IsValid.ShouldBeFalse();
        result.Pipeline.ShouldBeNull();
        return result.Problems.Select(p => p.ToString()).ToList();
    }

    private static void ShouldBeTheOnlyProblem(string json, string path, string messageFragment)
    {
        var problem = PipelineJson.Parse(json).Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain(messageFragment);
    }

    private static Pipeline Valid(string json)
    {
        var result = PipelineJson.Parse(json);
        result.Problems.Select(p => p.ToString()).ShouldBeEmpty();
        return result.Pipeline.ShouldNotBeNull();
    }

    [Fact]
    public void ADocumentUsingEveryPropertyIsRead()
    {
        var p = Valid(FullDocument);

        p.Today.ShouldBe(Day.Parse("2026-11-22"));
        p.Candidate.Employment.ShouldBe(Employment.Unemployed);
        p.Opportunities.Count.ShouldBe(2);
        var acme = p.Opportunities[0];
        acme.Process!.CompletedSteps.ShouldBe(3);
        acme.Contacts.ShouldHaveSingleItem().Role.ShouldBe(ContactRole.HiringManager);
        acme.Interviews[0].At.Moment.ShouldBe(new DateTimeOffset(2026, 11, 18, 15, 0, 0, TimeSpan.FromHours(-6)));
        acme.Interviews[1].At.ShouldBe(InterviewTime.OnDate(Day.Parse("2026-11-25")));
        acme.Events.ShouldHaveSingleItem().Outcome.ShouldBe(CallOutcome.NoTimeline);
        var beta = p.Opportunities[1];
        beta.Offer!.Shortfalls.ShouldBe([Shortfall.Money, Shortfall.Title]);
        beta.Offer.BaseSalary.ShouldBe(150000m);
        beta.Offer.Currency.ShouldBe("USD");
    }

    [Fact]
    public void FieldProblemsAndDocumentRulesAreReportedTogether()
    {
        var problems = Problems(Doc(
            """{ "id": "acme", "company": "Acme Corp", "stage": "offer" }""",
            """{ "id": "beta", "company": "Beta Inc", "stage": "bogus" }""",
            """{ "id": "acme", "company": "Carol Labs", "stage": "applied", "appliedOn": "2026-13-01" }"""));
        problems.ShouldContain(p => p.StartsWith("opportunities[0].offer: is required"));
        problems.ShouldContain(p => p.StartsWith("opportunities[1].stage:"));
        problems.ShouldContain(p => p.StartsWith("opportunities[2].appliedOn:"));
        // A rule is not run on an opportunity whose own fields did not read.
        problems.ShouldNotContain(p => p.StartsWith("opportunities[2].id:"));
        problems.Count.ShouldBe(3);
    }

    [Fact]
    public void TheSmallestDocumentIsValid()
    {
        var p = Valid("""{ "version": 1, "opportunities": [] }""");

        p.Candidate.Employment.ShouldBe(Employment.Employed);
        p.Today.ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-2-03")]
    [InlineData("2026/03/01")]
    [InlineData("03-01-2026")]
    [InlineData("2026-03-01T10:00:00Z")]
    [InlineData(" 2026-03-01")]
    [InlineData("")]
    public void ABadDateIsLocatedAndQuoted(string date)
    {
        var json = Doc(Acme, Acme.Replace("acme", "beta"),
            $$"""{ "id": "carol", "company": "Carol", "stage": "offer", "offer": { "status": "written", "deadline": "{{date}}" } }""");

        var problem = Problems(json).ShouldHaveSingleItem();

        problem.ShouldStartWith($"opportunities[2].offer.deadline: \"{date}\" is not a date");
    }

    [Theory]
    [InlineData("""{ "version": 1, "today": "2026-11-31", "opportunities": [] }""", "today")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "appliedOn": "yesterday" } ] }""", "opportunities[0].appliedOn")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "lastHeardFrom": "2026-00-10" } ] }""", "opportunities[0].lastHeardFrom")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "events": [ { "on": "2026-1-1", "kind": "note" } ] } ] }""", "opportunities[0].events[0].on")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "offer", "offer": { "status": "signed", "startDate": "next month" } } ] }""", "opportunities[0].offer.startDate")]
    public void EveryDateIsChecked(string json, string path)
    {
        ShouldBeTheOnlyProblem(json, path, "is not a date");
    }

    [Theory]
    [InlineData("2026-11-18T15:00:00")]
    [InlineData("2026-11-18T15:00")]
    [InlineData("2026-11-18 15:00:00-06:00")]
    [InlineData("2026-11-18T25:00:00-06:00")]
    [InlineData("18/11/2026")]
    public void AnInterviewTimeWithoutAnOffsetOrOtherwiseMalformedIsAnError(string at)
    {
        var json = One("interviewing", $$"""
            "interviews": [ { "at": "2026-11-10", "status": "done" }, { "at": "{{at}}", "status": "scheduled" } ]
            """);

        ShouldBeTheOnlyProblem(json, "opportunities[0].interviews[1].at", $"\"{at}\" is not a date");
    }

    [Theory]
    [InlineData("2026-11-18", "2026-11-18")]
    [InlineData("2026-11-18T15:00:00-06:00", "2026-11-18")]
    [InlineData("2026-11-18T23:30:00-08:00", "2026-11-18")]
    [InlineData("2026-11-18T00:30:00+09:00", "2026-11-18")]
    [InlineData("2026-11-18T15:00-06:00", "2026-11-18")]
    [InlineData("2026-11-18T15:00:00.250+05:30", "2026-11-18")]
    [InlineData("2026-11-18T15:00:00Z", "2026-11-18")]
    [InlineData("2026-11-18T15:00Z", "2026-11-18")]
    public void AnInterviewIsOnTheDateWrittenInItsOwnOffset(string at, string date)
    {
        var p = Valid(One("interviewing", $$"""
            "interviews": [ { "at": "{{at}}", "status": "done" } ]
            """));

        p.Opportunities[0].Interviews[0].At.Date.ShouldBe(Day.Parse(date));
    }

    [Fact]
    public void AnUnknownStageIsAnErrorListingTheStages()
    {
        ShouldBeTheOnlyProblem(One("hired"), "opportunities[0].stage",
            "\"hired\" is not one of applied, interviewing, offer, accepted, declined, rejected, withdrawn");
    }

    [Theory]
    [InlineData("\"candidate\": { \"employment\": \"freelance\" }", "candidate.employment")]
    [InlineData("\"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"applied\", \"contacts\": [ { \"name\": \"X\", \"role\": \"boss\" } ] } ]", "opportunities[0].contacts[0].role")]
    [InlineData("\"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"applied\", \"interviews\": [ { \"at\": \"2026-01-01\", \"status\": \"maybe\" } ] } ]", "opportunities[0].interviews[0].status")]
    [InlineData("\"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"offer\", \"offer\": { \"status\": \"promised\" } } ]", "opportunities[0].offer.status")]
    [InlineData("\"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"offer\", \"offer\": { \"status\": \"written\", \"shortfalls\": [ \"money\", \"vibes\" ] } } ]", "opportunities[0].offer.shortfalls[1]")]
    [InlineData("\"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"applied\", \"events\": [ { \"on\": \"2026-01-01\", \"kind\": \"party\" } ] } ]", "opportunities[0].events[0].kind")]
    [InlineData("\"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"applied\", \"events\": [ { \"on\": \"2026-01-01\", \"kind\": \"accelerate-call\", \"outcome\": \"maybe\" } ] } ]", "opportunities[0].events[0].outcome")]
    public void EveryEnumValueIsChecked(string body, string path)
    {
        var json = body.StartsWith("\"opportunities\"", StringComparison.Ordinal)
            ? $$"""{ "version": 1, {{body}} }"""
            : $$"""{ "version": 1, {{body}}, "opportunities": [] }""";

        ShouldBeTheOnlyProblem(json, path, "is not one of");
    }

    [Fact]
    public void DuplicateIdsAreAnError()
    {
        ShouldBeTheOnlyProblem(Doc(Acme, Acme.Replace("Acme Corp", "Acme Again")), "opportunities[1].id",
            "\"acme\" is already the id of opportunities[0]");
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("acme corp")]
    [InlineData("acme_corp")]
    [InlineData("")]
    public void AnIdMustBeLowerCaseLettersDigitsOrDashes(string id)
    {
        ShouldBeTheOnlyProblem(Doc(Acme.Replace("\"acme\"", $"\"{id}\"")), "opportunities[0].id", "is not a valid id");
    }

    [Fact]
    public void AnIdOfSixtyFiveCharactersIsTooLong()
    {
        ShouldBeTheOnlyProblem(Doc(Acme.Replace("\"acme\"", $"\"{new string('a', 65)}\"")), "opportunities[0].id", "is not a valid id");
        Valid(Doc(Acme.Replace("\"acme\"", $"\"{new string('a', 64)}\"")));
    }

    [Fact]
    public void DuplicatePreferencesAreAnError()
    {
        var json = Doc(
            """{ "id": "a", "company": "A", "stage": "applied", "preference": 2 }""",
            """{ "id": "b", "company": "B", "stage": "applied", "preference": 1 }""",
            """{ "id": "c", "company": "C", "stage": "applied", "preference": 2 }""");

        ShouldBeTheOnlyProblem(json, "opportunities[2].preference", "2 is already the preference of opportunities[0]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void APreferenceStartsAtOne(int preference)
    {
        ShouldBeTheOnlyProblem(One("applied", $"\"preference\": {preference}"), "opportunities[0].preference", "is not allowed");
    }

    [Theory]
    [InlineData("offer")]
    [InlineData("accepted")]
    public void AnOfferStageNeedsTheOffer(string stage)
    {
        ShouldBeTheOnlyProblem(One(stage), "opportunities[0].offer", $"is required when the stage is {stage}");
        ShouldBeTheOnlyProblem(One(stage, "\"offer\": null"), "opportunities[0].offer", "is required");
        ShouldBeTheOnlyProblem(One(stage, """ "offer": { "status": "expected" } """), "opportunities[0].offer.status", "must be verbal, written or signed");
    }

    [Theory]
    [InlineData("applied", "verbal")]
    [InlineData("interviewing", "written")]
    [InlineData("interviewing", "signed")]
    public void AnOfferInHandNeedsTheOfferStage(string stage, string status)
    {
        ShouldBeTheOnlyProblem(One(stage, $$""" "offer": { "status": "{{status}}" } """), "opportunities[0].offer.status", "needs the stage offer");
    }

    [Theory]
    [InlineData("declined", "written")]
    [InlineData("rejected", "expected")]
    [InlineData("withdrawn", "verbal")]
    [InlineData("interviewing", "expected")]
    public void OtherStagesTakeAnyOffer(string stage, string status)
    {
        Valid(One(stage, $$""" "offer": { "status": "{{status}}" } """));
    }

    [Fact]
    public void OnlyOneOpportunityCanBeAccepted()
    {
        const string accepted = """{ "id": "ID", "company": "C", "stage": "accepted", "offer": { "status": "signed" } }""";
        var json = Doc(accepted.Replace("ID", "a"), Acme, accepted.Replace("ID", "b"), accepted.Replace("ID", "c"));

        Problems(json).ShouldBe(
        [
            "opportunities[2].stage: only one opportunity can be accepted, and opportunities[0] already is",
            "opportunities[3].stage: only one opportunity can be accepted, and opportunities[0] already is",
        ]);
    }

    [Theory]
    [InlineData("""{ "version": 1, "opportunities": [], "owner": "me" }""", "owner")]
    [InlineData("""{ "version": 1, "candidate": { "age": 30 }, "opportunities": [] }""", "candidate.age")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "salary": 5 } ] }""", "opportunities[0].salary")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "offer", "offer": { "status": "written", "Deadline": "2026-01-01" } } ] }""", "opportunities[0].offer.Deadline")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "events": [ { "on": "2026-01-01", "kind": "note", "by": "me" } ] } ] }""", "opportunities[0].events[0].by")]
    public void AnUnknownPropertyIsAnError(string json, string path)
    {
        ShouldBeTheOnlyProblem(json, path, "unknown property");
    }

    [Fact]
    public void APropertyGivenTwiceIsAnError()
    {
        ShouldBeTheOnlyProblem(One("applied", "\"role\": \"A\", \"role\": \"B\""), "opportunities[0].role", "given more than once");
    }

    [Theory]
    [InlineData("\"preference\": \"1\"", "opportunities[0].preference", "expected a whole number, found the string \"1\"")]
    [InlineData("\"preference\": 1.5", "opportunities[0].preference", "1.5 is not a whole number")]
    [InlineData("\"wouldAccept\": \"yes\"", "opportunities[0].wouldAccept", "expected true or false")]
    [InlineData("\"role\": 7", "opportunities[0].role", "expected a string, found the number 7")]
    [InlineData("\"appliedOn\": 20260101", "opportunities[0].appliedOn", "expected a string")]
    [InlineData("\"contacts\": {}", "opportunities[0].contacts", "expected an array, found an object")]
    [InlineData("\"interviews\": [ \"2026-01-01\" ]", "opportunities[0].interviews[0]", "expected an object, found the string")]
    [InlineData("\"process\": [ 4, 3 ]", "opportunities[0].process", "expected an object, found an array")]
    [InlineData("\"process\": { \"totalSteps\": true }", "opportunities[0].process.totalSteps", "expected a whole number, found true")]
    [InlineData("\"events\": [ { \"on\": \"2026-01-01\", \"kind\": 3 } ]", "opportunities[0].events[0].kind", "expected a string, found the number 3")]
    public void AWrongTypeIsAnError(string property, string path, string message)
    {
        ShouldBeTheOnlyProblem(One("interviewing", property), path, message);
    }

    [Theory]
    [InlineData("baseSalary")]
    [InlineData("bonusTargetPercent")]
    [InlineData("signingBonus")]
    [InlineData("equityPerYear")]
    public void NegativeMoneyIsAnError(string property)
    {
        ShouldBeTheOnlyProblem(One("offer", $$""" "offer": { "status": "written", "{{property}}": -1 } """),
            $"opportunities[0].offer.{property}", "-1 is negative");
    }

    [Fact]
    public void MoneyMustBeANumber()
    {
        ShouldBeTheOnlyProblem(One("offer", """ "offer": { "status": "written", "baseSalary": "150k" } """),
            "opportunities[0].offer.baseSalary", "expected a number");
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("EURO")]
    public void ACurrencyIsThreeCapitalLetters(string currency)
    {
        ShouldBeTheOnlyProblem(One("offer", $$""" "offer": { "status": "written", "currency": "{{currency}}" } """),
            "opportunities[0].offer.currency", "is not a currency code");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-2, null)]
    public void TotalStepsAreAtLeastOne(int total, int? completed)
    {
        ShouldBeTheOnlyProblem(One("interviewing", $$""" "process": { "totalSteps": {{total}}{{(completed is { } c ? $", \"completedSteps\": {c}" : "")}} } """),
            "opportunities[0].process.totalSteps", "at least 1");
    }

    [Fact]
    public void CompletedStepsStayBetweenZeroAndTheTotal()
    {
        ShouldBeTheOnlyProblem(One("interviewing", """ "process": { "totalSteps": 3, "completedSteps": 4 } """),
            "opportunities[0].process.completedSteps", "4 is more than totalSteps (3)");
        ShouldBeTheOnlyProblem(One("interviewing", """ "process": { "completedSteps": -1 } """),
            "opportunities[0].process.completedSteps", "at least 0");
        Valid(One("interviewing", """ "process": { "totalSteps": 3, "completedSteps": 3 } """));
        Valid(One("interviewing", """ "process": { "completedSteps": 0 } """));
    }

    [Fact]
    public void AContactNeedsAName()
    {
        // Both at once: a missing name and a blank one are each a problem of their own field.
        PipelineJson.Parse(One("applied", """ "contacts": [ { "role": "recruiter" }, { "name": "  " } ] """)).Problems
            .Select(p => p.ToString()).ShouldBe([
                "opportunities[0].contacts[0].name: is required",
                "opportunities[0].contacts[1].name: a contact needs a name"]);
        ShouldBeTheOnlyProblem(One("applied", """ "contacts": [ { "name": "Dana" }, { "name": "  " } ] """),
            "opportunities[0].contacts[1].name", "a contact needs a name");
    }

    [Theory]
    [InlineData("follow-up")]
    [InlineData("note")]
    [InlineData("decline")]
    public void AnOutcomeBelongsToAnAccelerateCallOnly(string kind)
    {
        ShouldBeTheOnlyProblem(One("interviewing", $$""" "events": [ { "on": "2026-01-02", "kind": "accelerate-call", "outcome": "offer-made" }, { "on": "2026-01-03", "kind": "{{kind}}", "outcome": "no-timeline" } ] """),
            "opportunities[0].events[1].outcome", $"only an accelerate-call has an outcome, not a {kind}");
    }

    [Fact]
    public void AnAccelerateCallMayHaveNoOutcome()
    {
        Valid(One("interviewing", """ "events": [ { "on": "2026-01-02", "kind": "accelerate-call" } ] """))
            .Opportunities[0].Events[0].Outcome.ShouldBeNull();
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"opportunities\": [ ")]
    [InlineData("{ version: 1 }")]
    [InlineData("{ \"version\": 1, \"opportunities\": [], }")]
    [InlineData("nonsense")]
    public void InvalidJsonIsOneProblemWithItsPlace(string json)
    {
        var problem = PipelineJson.Parse(json).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("");
        problem.Message.ShouldStartWith("not valid JSON (line 1, column ");
    }

    [Fact]
    public void DeeplyNestedJsonIsRefusedNotOverflowed()
    {
        var json = new string('[', 5000) + new string(']', 5000);

        PipelineJson.Parse(json).Problems.ShouldHaveSingleItem().Message.ShouldStartWith("not valid JSON");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void AnEmptyDocumentIsAnError(string json)
    {
        Problems(json).ShouldBe(["the document is empty: expected a JSON object"]);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("null", "null")]
    [InlineData("42", "the number 42")]
    public void TheDocumentIsAnObject(string json, string found)
    {
        Problems(json).ShouldBe([$"expected a JSON object, found {found}"]);
    }

    [Theory]
    [InlineData("""{ "version": 1, "opportunities": null }""", "opportunities", "is required and may not be null")]
    [InlineData("""{ "version": null, "opportunities": [] }""", "version", "is required and may not be null")]
    [InlineData("""{ "opportunities": [] }""", "version", "is required")]
    [InlineData("""{ "version": 1 }""", "opportunities", "is required")]
    [InlineData("""{ "version": 2, "opportunities": [] }""", "version", "2 is not a supported version")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": null, "company": "A", "stage": "applied" } ] }""", "opportunities[0].id", "is required and may not be null")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": null, "stage": "applied" } ] }""", "opportunities[0].company", "is required and may not be null")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A" } ] }""", "opportunities[0].stage", "is required")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "", "stage": "applied" } ] }""", "opportunities[0].company", "may not be empty")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "interviews": [ { "at": null } ] } ] }""", "opportunities[0].interviews[0].at", "is required and may not be null")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "applied", "events": [ { "kind": "note" } ] } ] }""", "opportunities[0].events[0].on", "is required")]
    [InlineData("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "offer", "offer": { "deadline": "2026-01-01" } } ] }""", "opportunities[0].offer.status", "is required")]
    public void ARequiredPropertyMustBeThereAndNotNull(string json, string path, string message)
    {
        ShouldBeTheOnlyProblem(json, path, message);
    }

    [Fact]
    public void NullForAnOptionalPropertyMeansAbsent()
    {
        var p = Valid("""
            { "version": 1, "today": null, "candidate": { "employment": null, "name": null },
              "opportunities": [ { "id": "a", "company": "A", "stage": "interviewing", "role": null, "preference": null,
                "appliedOn": null, "wouldAccept": null, "process": null, "contacts": null, "interviews": null,
                "offer": null, "events": null, "notes": null } ] }
            """);

        var o = p.Opportunities.ShouldHaveSingleItem();
        o.ShouldSatisfyAllConditions(
            () => p.Today.ShouldBeNull(),
            () => p.Candidate.Employment.ShouldBe(Employment.Employed),
            () => o.Role.ShouldBeNull(),
            () => o.Preference.ShouldBeNull(),
            () => o.Offer.ShouldBeNull(),
            () => o.Process.ShouldBeNull(),
            () => o.Contacts.ShouldBeEmpty(),
            () => o.Events.ShouldBeEmpty());
    }

    [Fact]
    public void SeveralProblemsAreReportedAtOnceEachWithItsPath()
    {
        var json = """
            { "version": 1, "colour": "blue",
              "opportunities": [
                { "id": "a", "company": "A", "stage": "applied", "appliedOn": "2026-02-31" },
                { "id": "b", "company": "B", "stage": "hired" },
                { "id": "c", "company": "C", "stage": "offer", "offer": { "status": "written", "deadline": "2026-13-01", "baseSalary": "lots" } },
                { "id": "d", "company": "D", "stage": "interviewing", "interviews": [ { "at": "2026-11-18T15:00:00", "status": "done" } ] }
              ] }
            """;

        Problems(json).ShouldBe(
        [
            "colour: unknown property",
            "opportunities[0].appliedOn: \"2026-02-31\" is not a date (YYYY-MM-DD)",
            "opportunities[1].stage: \"hired\" is not one of applied, interviewing, offer, accepted, declined, rejected, withdrawn",
            "opportunities[2].offer.deadline: \"2026-13-01\" is not a date (YYYY-MM-DD)",
            "opportunities[2].offer.baseSalary: expected a number, found the string \"lots\"",
            "opportunities[3].interviews[0].at: \"2026-11-18T15:00:00\" is not a date (YYYY-MM-DD) or a date-time with an offset (2026-11-18T15:00:00-06:00)",
        ], ignoreOrder: true);
    }

    [Fact]
    public void SeveralRuleProblemsAreReportedAtOnce()
    {
        var json = Doc(
            """{ "id": "a", "company": "A", "stage": "accepted", "preference": 1, "offer": { "status": "signed", "currency": "usd" } }""",
            """{ "id": "a", "company": "B", "stage": "accepted", "preference": 1, "offer": { "status": "written", "signingBonus": -5 } }""",
            """{ "id": "c", "company": "C", "stage": "offer", "events": [ { "on": "2026-01-01", "kind": "note", "outcome": "no-timeline" } ] }""");

        Problems(json).ShouldBe(
        [
            "opportunities[0].offer.currency: \"usd\" is not a currency code: three capital letters, like USD or EUR",
            "opportunities[1].id: \"a\" is already the id of opportunities[0]",
            "opportunities[1].preference: 1 is already the preference of opportunities[0]",
            "opportunities[1].stage: only one opportunity can be accepted, and opportunities[0] already is",
            "opportunities[1].offer.signingBonus: -5 is negative: amounts are 0 or more",
            "opportunities[2].offer: is required when the stage is offer",
            "opportunities[2].events[0].outcome: only an accelerate-call has an outcome, not a note",
        ], ignoreOrder: true);
    }

    [Fact]
    public void TheCompanyNameHasALimit()
    {
        ShouldBeTheOnlyProblem(Doc(Acme.Replace("Acme Corp", new string('x', 201))), "opportunities[0].company", "at most 200");
        Valid(Doc(Acme.Replace("Acme Corp", new string('x', 200))));
    }

    private const string FullDocument = """
        {
          "version": 1,
          "today": "2026-11-22",
          "candidate": { "employment": "unemployed", "name": "Sam Lee" },
          "opportunities": [
            {
              "id": "acme", "company": "Acme Corp", "role": "Staff Engineer", "preference": 1, "stage": "interviewing",
              "appliedOn": "2026-10-01", "lastHeardFrom": "2026-11-18", "wouldAccept": true,
              "process": { "totalSteps": 4, "completedSteps": 3 },
              "contacts": [ { "name": "Dana Ruiz", "role": "hiring-manager", "phone": "+1 555 0100", "email": "dana@acme.example" } ],
              "interviews": [
                { "at": "2026-11-18T15:00:00-06:00", "kind": "onsite", "status": "done", "thankYouSent": false },
                { "at": "2026-11-25", "kind": "final", "status": "scheduled" }
              ],
              "offer": { "status": "expected" },
              "events": [ { "on": "2026-11-20", "kind": "accelerate-call", "outcome": "no-timeline", "note": "they will know in January" } ],
              "notes": "free text"
            },
            {
              "id": "beta", "company": "Beta Inc", "preference": 2, "stage": "offer",
              "offer": {
                "status": "written", "deadline": "2026-11-27", "startDate": "2027-01-04", "title": "Senior Engineer",
                "baseSalary": 150000, "currency": "USD", "bonusTargetPercent": 10, "signingBonus": 20000, "equityPerYear": 30000,
                "shortfalls": [ "money", "title" ]
              }
            }
          ]
        }
        """;

    public static string Full => FullDocument;
}
