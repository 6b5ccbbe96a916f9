using System.Text;
using OfferDesk.Core.Import;
using OfferDesk.Core.Model;
using OfferDesk.Web.Pages;

namespace OfferDesk.Web.Tests.Import;

/// <summary>
/// Other trackers' exports read as the import page reads them (CsvHelper, then the mapping of
/// Core), without the web: which tracker, which column is which, and what each row becomes.
/// </summary>
public sealed class ImportReadingTests
{
    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name));

    private static CsvTable Table(string text)
    {
        var (table, problem) = CsvUpload.Parse(text);
        problem.ShouldBeNull();
        return table!;
    }

    private static ImportPlan Plan(string text, Pipeline? current = null, IReadOnlyList<ImportField>? mapping = null, DateOrder? dates = null) =>
        ImportPlan.Make(Table(text), mapping, dates, current ?? new Pipeline());

    private static Dictionary<string, ImportField> Columns(ImportPlan plan) =>
        plan.Headers.Select((h, i) => (h, plan.Mapping[i])).ToDictionary(x => x.h, x => x.Item2);

    private static PlannedRow Row(ImportPlan plan, int number) => plan.Rows.Single(r => r.Row == number);

    [Fact]
    public void AJobSyncExportIsRecognisedByItsOwnColumnNames()
    {
        var plan = Plan(Sample("jobsync.csv"));

        plan.Source.ShouldBe(TrackerSource.JobSync);
        TrackerFormats.Describe(plan.Source).ShouldBe("Looks like a JobSync export");
        var columns = Columns(plan);
        columns["Company"].ShouldBe(ImportField.Company);
        columns["JobTitle"].ShouldBe(ImportField.Role);
        columns["Status"].ShouldBe(ImportField.Status);
        columns["appliedDate"].ShouldBe(ImportField.AppliedOn);
        columns["Location"].ShouldBe(ImportField.Location);
        columns["JobSource"].ShouldBe(ImportField.KeepInNotes);
        columns["workplaceType"].ShouldBe(ImportField.KeepInNotes);
        // Its running number, when it was added to JobSync and its yes/no "applied" are not ours to keep.
        columns["index"].ShouldBe(ImportField.Ignore);
        columns["createdAt"].ShouldBe(ImportField.Ignore);
        columns["applied"].ShouldBe(ImportField.Ignore);
    }

    [Fact]
    public void JobSyncStagesBecomeOurs_ADraftIsLeftOut_AnExpiredPostingIsNotMovingForwardAndSaysSo()
    {
        var plan = Plan(Sample("jobsync.csv"));

        Row(plan, 2).Stage.ShouldBe(Stage.Interviewing);
        Row(plan, 2).AppliedOn.ShouldBe(new DateOnly(2026, 2, 21));
        Row(plan, 3).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 3).Reasons.ShouldHaveSingleItem().ShouldContain("not applied to yet");
        Row(plan, 4).Stage.ShouldBe(Stage.Offer);
        Row(plan, 4).Notes.ShouldContain(n => n.Contains("offer told by word of mouth"));
        Row(plan, 5).Stage.ShouldBe(Stage.Rejected);
        Row(plan, 6).Stage.ShouldBe(Stage.Rejected);
        Row(plan, 6).Notes.ShouldContain("the posting expired: counted as not moving forward");
        plan.ToAdd.ShouldBe(4);
        plan.CanConfirm.ShouldBeTrue();
    }

    [Fact]
    public void AHuntrExportIsRecognisedByItsListColumn_AWishlistJobIsLeftOut_ACustomListIsReported()
    {
        var plan = Plan(Sample("huntr.csv"));

        plan.Source.ShouldBe(TrackerSource.Huntr);
        TrackerFormats.Describe(plan.Source).ShouldBe("Looks like a Huntr export");
        var columns = Columns(plan);
        columns["Job Title"].ShouldBe(ImportField.Role);
        columns["List"].ShouldBe(ImportField.Status);
        columns["URL"].ShouldBe(ImportField.Link);
        columns["Salary"].ShouldBe(ImportField.Salary);

        Row(plan, 2).Stage.ShouldBe(Stage.Interviewing);
        Row(plan, 2).AppliedOn.ShouldBe(new DateOnly(2026, 1, 20));
        Row(plan, 4).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 4).Reasons.ShouldHaveSingleItem().ShouldBe("\u201cWishlist\u201d is not applied to yet: OfferDesk keeps the applications you have sent, so it is left out");
        // A list of the user's own is never silently taken for something: it is Applied, and the row says so.
        Row(plan, 5).Outcome.ShouldBe(RowOutcome.Add);
        Row(plan, 5).Stage.ShouldBe(Stage.Applied);
        Row(plan, 5).Notes.ShouldHaveSingleItem().ShouldContain("\u201cReference Check\u201d is not one we know: added as Applied");
        Row(plan, 6).Stage.ShouldBe(Stage.Rejected);
        plan.ToAdd.ShouldBe(4);
    }

    [Fact]
    public void ATealExportIsRecognised_NegotiatingIsAnOffer_NoResponseIsNotMovingForwardAndSaysSo()
    {
        var plan = Plan(Sample("teal.csv"));

        plan.Source.ShouldBe(TrackerSource.Teal);
        var columns = Columns(plan);
        columns["Job Position"].ShouldBe(ImportField.Role);
        columns["Max. Salary"].ShouldBe(ImportField.Salary);
        columns["Date Applied"].ShouldBe(ImportField.AppliedOn);
        columns["Date Saved"].ShouldBe(ImportField.KeepInNotes);
        columns["Excitement"].ShouldBe(ImportField.KeepInNotes);

        Row(plan, 2).Stage.ShouldBe(Stage.Interviewing);
        Row(plan, 4).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 5).Stage.ShouldBe(Stage.Offer);
        Row(plan, 6).Stage.ShouldBe(Stage.Withdrawn);
        Row(plan, 7).Stage.ShouldBe(Stage.Rejected);
        Row(plan, 8).Stage.ShouldBe(Stage.Rejected);
        Row(plan, 8).Notes.ShouldContain("no response: counted as not moving forward");
    }

    [Fact]
    public void TealDetailsWeHaveNoFieldForAreKeptInTheNotesUnderTheirOwnNames()
    {
        var plan = Plan(Sample("teal.csv"));
        var current = new Pipeline();

        plan.ApplyTo(current, (_, company) => company.ToLowerInvariant().Replace(' ', '-')).ShouldBe(6);

        var globochem = current.Find("globochem")!;
        globochem.Role.ShouldBe("Product Engineer");
        globochem.AppliedOn.ShouldBe(new DateOnly(2026, 1, 5));
        globochem.Notes.ShouldBe("Hiring manager is Priya\nSalary: $165,000\nLocation: Remote\nDate Saved: 2026-01-02\nFollow up: 2026-01-19\nExcitement: 5\nLink: https://jobs.example/globochem/7");
        current.Find("cyberdyne")!.Offer!.Status.ShouldBe(OfferStatus.Verbal);
    }

    [Fact]
    public void APlainSpreadsheetIsRecognisedByItsCompanyColumn_DayFirstDatesAreReadAsSuch()
    {
        var plan = Plan(Sample("spreadsheet.csv"));

        plan.Source.ShouldBe(TrackerSource.Spreadsheet);
        TrackerFormats.Describe(plan.Source).ShouldBe("Looks like a spreadsheet of your own");
        var columns = Columns(plan);
        columns["Position"].ShouldBe(ImportField.Role);
        columns["Stage"].ShouldBe(ImportField.Status);
        columns["Date applied"].ShouldBe(ImportField.AppliedOn);
        columns["Contact"].ShouldBe(ImportField.Contact);
        // 25/03/2026 can only be day first, so 04/03/2026 in the same column is the 4th of March.
        plan.DatesAreAmbiguous.ShouldBeFalse();
        Row(plan, 2).AppliedOn.ShouldBe(new DateOnly(2026, 3, 25));
        Row(plan, 3).AppliedOn.ShouldBe(new DateOnly(2026, 3, 4));
        Row(plan, 3).Stage.ShouldBe(Stage.Applied);
        Row(plan, 4).Stage.ShouldBe(Stage.Applied);
        Row(plan, 4).Notes.ShouldContain("no stage given: added as Applied");

        var current = new Pipeline();
        plan.ApplyTo(current, (_, c) => c.ToLowerInvariant().Replace(' ', '-'));
        var dana = current.Find("acme-corp")!.Contacts.ShouldHaveSingleItem();
        (dana.Name, dana.Email, dana.Phone).ShouldBe(("Dana Ruiz", "dana@acme.example", "+31 20 555 0100"));
    }

    [Fact]
    public void AFileWhoseColumnsNameNothingWeKnowCannotBeImportedUntilTheCompanyColumnIsChosen()
    {
        var plan = Plan("Employer name of sorts,What\nAcme,Engineer\n");

        plan.Source.ShouldBe(TrackerSource.Unknown);
        plan.CanConfirm.ShouldBeFalse();
        plan.Problems.ShouldHaveSingleItem().Message.ShouldBe("choose which column holds the company name: every company needs one");

        var chosen = Plan("Employer name of sorts,What\nAcme,Engineer\n", mapping: [ImportField.Company, ImportField.Role]);
        chosen.CanConfirm.ShouldBeTrue();
        chosen.Rows.ShouldHaveSingleItem().Role.ShouldBe("Engineer");
    }

    [Fact]
    public void TwoColumnsSetToOneFieldAreRefusedByName()
    {
        var plan = Plan("Company,Title,Job Title\nAcme,Engineer,Engineer\n", mapping: [ImportField.Company, ImportField.Role, ImportField.Role]);

        plan.CanConfirm.ShouldBeFalse();
        plan.Problems.ShouldHaveSingleItem().Message.ShouldBe("2 columns are set to Role (\u201cTitle\u201d and \u201cJob Title\u201d): keep one and set the others to Leave out");
    }

    [Fact]
    public void EachBadRowIsReportedWithItsSpreadsheetRowNumberAndWhyAndTheRestStillImport()
    {
        var plan = Plan("""
            Company,Role,Status,Date applied
            Acme,Engineer,Applied,2026-03-02
            ,Designer,Applied,2026-03-02
            Globex,Engineer,Applied,soon
            Initech,Engineer,Trial week,2026-03-01

            Hooli,Engineer,Phone interview,2026-03-01
            """);

        Row(plan, 2).Outcome.ShouldBe(RowOutcome.Add);
        Row(plan, 3).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 3).Reasons.ShouldBe(["the company name is empty"]);
        Row(plan, 4).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 4).Reasons.ShouldBe(["the date applied \u201csoon\u201d is not a date we can read (write it like 2026-03-10)"]);
        Row(plan, 5).Outcome.ShouldBe(RowOutcome.Add);
        Row(plan, 5).Stage.ShouldBe(Stage.Applied);
        Row(plan, 5).Notes.ShouldBe(["the stage \u201cTrial week\u201d is not one we know: added as Applied, change it on the board if it is further along"]);
        // The blank line is row 6, as a spreadsheet shows it; the row after it is row 7.
        Row(plan, 7).Stage.ShouldBe(Stage.Interviewing);
        Row(plan, 7).Notes.ShouldBe(["the stage \u201cPhone interview\u201d is read as Interviewing"]);
        plan.Rows.Count.ShouldBe(5);
        plan.ToAdd.ShouldBe(3);
    }

    [Fact]
    public void ARowTheDocumentRulesRefuseIsLeftOutWithTheFieldsLabel()
    {
        var plan = Plan($"Company,Role\n{new string('A', 201)},Engineer\nAcme,Engineer\n");

        Row(plan, 2).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 2).Reasons.ShouldBe(["Company: use at most 200 characters (this has 201)"]);
        Row(plan, 3).Outcome.ShouldBe(RowOutcome.Add);
    }

    [Fact]
    public void ACompanyAndRoleAlreadyInTheSearchIsLeftAsItIs_TheSameTwiceInTheFileIsAddedOnce()
    {
        var current = new Pipeline
        {
            Opportunities = [new Opportunity { Id = "acme", Company = "Acme Corp", Role = "Engineer", Stage = Stage.Offer, Offer = new Offer { Status = OfferStatus.Written } }],
        };

        var plan = Plan("Company,Role,Status\nACME corp,engineer,Applied\nGlobex,Engineer,Applied\nGlobex,Engineer,Interview\nAcme Corp,Manager,Applied\n", current);

        Row(plan, 2).Outcome.ShouldBe(RowOutcome.AlreadyThere);
        Row(plan, 3).Outcome.ShouldBe(RowOutcome.Add);
        Row(plan, 4).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 4).Reasons.ShouldBe(["the same company and role as row 3, so it is left out"]);
        // Another role at the same company is another application.
        Row(plan, 5).Outcome.ShouldBe(RowOutcome.Add);
    }

    [Fact]
    public void AnImportThatWouldOverfillTheSearchIsRefusedWhole()
    {
        var current = new Pipeline { Opportunities = [.. Enumerable.Range(1, 4_999).Select(i => new Opportunity { Id = $"c{i}", Company = $"Company {i}" })] };

        var plan = Plan("Company\nAcme\nGlobex\n", current);

        plan.CanConfirm.ShouldBeFalse();
        plan.Problems.ShouldHaveSingleItem().Message.ShouldBe("your search would hold 5,001 companies, and at most 5,000 fit: upload fewer rows");
        Plan("Company\nAcme\n", current).CanConfirm.ShouldBeTrue();
    }

    [Fact]
    public void OnlyOneCompanyCanBeAccepted_ASecondIsAnOfferInHandAndSaysSo()
    {
        var plan = Plan("Company,Status\nAcme,Accepted\nGlobex,Hired\n");

        Row(plan, 2).Stage.ShouldBe(Stage.Accepted);
        Row(plan, 3).Stage.ShouldBe(Stage.Offer);
        Row(plan, 3).Notes.ShouldContain("only one company can be accepted, and Acme already is: added as an offer in hand");
        var current = new Pipeline();
        plan.ApplyTo(current, (_, c) => c.ToLowerInvariant());
        Core.Documents.PipelineRules.Check(current).ShouldBeEmpty();
    }

    [Fact]
    public void DatesThatReadTwoWaysAreAsked_MonthFirstUnlessTheUserSaysDayFirst()
    {
        const string file = "Company,Date applied\nAcme,03/04/2026\nGlobex,2026-03-10T18:49:28.657Z\nInitech,\"Mar 9, 2026\"\n";

        var plan = Plan(file);
        plan.DatesAreAmbiguous.ShouldBeTrue();
        Row(plan, 2).AppliedOn.ShouldBe(new DateOnly(2026, 3, 4));
        Row(plan, 3).AppliedOn.ShouldBe(new DateOnly(2026, 3, 10));
        Row(plan, 4).AppliedOn.ShouldBe(new DateOnly(2026, 3, 9));

        Row(Plan(file, dates: DateOrder.DayFirst), 2).AppliedOn.ShouldBe(new DateOnly(2026, 4, 3));
    }

    [Fact]
    public void WhatTheDatesShowWinsOverAnAnswerGivenForAnotherColumn()
    {
        var plan = Plan("Company,Date applied\nAcme,25/03/2026\nGlobex,04/03/2026\n", dates: DateOrder.MonthFirst);

        plan.DatesAreAmbiguous.ShouldBeFalse();
        Row(plan, 3).AppliedOn.ShouldBe(new DateOnly(2026, 3, 4));
    }

    [Fact]
    public void AnImpossibleDateIsARowProblemNotAGuess()
    {
        var plan = Plan("Company,Date applied\nAcme,31/02/2026\nGlobex,2026-13-01\n");

        Row(plan, 2).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 3).Outcome.ShouldBe(RowOutcome.Skip);
        Row(plan, 3).Reasons.ShouldHaveSingleItem().ShouldContain("\u201c2026-13-01\u201d is not a date we can read");
    }

    [Fact]
    public void ASemicolonSeparatedSpreadsheetReadsLikeACommaSeparatedOne()
    {
        var plan = Plan("Company;Role;Stage\nAcme;Engineer;Interviewing\nGlobex;\"Lead; Platform\";Applied\n");

        plan.Source.ShouldBe(TrackerSource.Spreadsheet);
        Row(plan, 2).Stage.ShouldBe(Stage.Interviewing);
        Row(plan, 3).Role.ShouldBe("Lead; Platform");
    }

    [Fact]
    public void OfferDesksOwnSpreadsheetDownloadReadsBack()
    {
        var plan = Plan("""
            Company,Role,Stage,Rank,Applied on,Last heard from,Next step,Due,Offer,Base salary,Currency,Answer by,Paid days off,Workplace,Location,Contacts,Notes
            Acme,Engineer,Offers in hand,1,2026-03-01,,,,,,,,,,,Dana Ruiz +1 555 0100 dana@acme.example; Lee,Good team
            Globex,,Not moving forward,,2026-02-01,,,,,,,,,,,,
            """);

        Row(plan, 2).Stage.ShouldBe(Stage.Offer);
        Row(plan, 3).Stage.ShouldBe(Stage.Rejected);
        var current = new Pipeline();
        plan.ApplyTo(current, (_, c) => c.ToLowerInvariant());
        current.Find("acme")!.Contacts.Select(c => (c.Name, c.Phone, c.Email)).ShouldBe([("Dana Ruiz", "+1 555 0100", "dana@acme.example"), ("Lee", null, null)]);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\n\n", "the file is empty")]
    [InlineData("Company,Role\n", "the file has column names but no rows below them")]
    [InlineData("{ \"version\": 1 }", "this is a JSON file, not a CSV file")]
    public void AFileWithNothingToImportSaysWhy(string text, string expected)
    {
        var (table, problem) = CsvUpload.Parse(text);

        table.ShouldBeNull();
        problem!.Path.ShouldBe("file");
        problem.Message.ShouldStartWith(expected);
    }

    [Fact]
    public void AWorkbookABinaryFileAndAFileNotInUtf8AreNamedForWhatTheyAre()
    {
        CsvUpload.Decode([(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0]).Problem!.Message.ShouldStartWith("this is a spreadsheet workbook (such as .xlsx), not a CSV file");
        CsvUpload.Decode([0x47, 0x49, 0x46, 0x38, 0, 1]).Problem!.Message.ShouldStartWith("this is not a text file");
        CsvUpload.Decode(Encoding.Latin1.GetBytes("Company\nCaf\u00e9 M\u00fcller\n")).Problem!.Message.ShouldContain("not saved as UTF-8 text");
        CsvUpload.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Company\nCaf\u00e9\n")]).Text.ShouldBe("Company\nCaf\u00e9\n");
    }

    [Fact]
    public void MoreRowsThanAnImportTakesAreRefusedBeforeAnyIsRead()
    {
        var text = "Company\n" + string.Concat(Enumerable.Range(1, CsvUpload.MaxRows + 1).Select(i => $"Company {i}\n"));

        var (table, problem) = CsvUpload.Parse(text);

        table.ShouldBeNull();
        problem!.Message.ShouldBe("the file has more than 2,000 rows, the most imported at once: split it into smaller files");
    }

    [Fact]
    public void AnOffersSalaryIsReadByTheSameReaderAsTheCompanyPage_WhatReadsTwoWaysStaysInTheNotesOnly()
    {
        const string csv = "Company,Status,Salary\nGlobex,Offer received,€95.000\nInitech,Offer received,120.000\nHooli,Offer received,120k-140k\nUmbrella,Applied,$150k\n";
        var plan = ImportPlan.Make(Table(csv), null, null, new Pipeline());
        var current = new Pipeline();
        plan.ApplyTo(current, (_, company) => company.ToLowerInvariant()).ShouldBe(4);

        var globex = current.Find("globex")!;
        globex.Offer!.BaseSalary.ShouldBe(95000m);
        globex.Offer.Currency.ShouldBe("EUR");
        globex.Notes!.ShouldContain("Salary: €95.000", customMessage: "the text as written stays in the notes");
        Row(plan, 2).Notes.ShouldContain("base salary 95,000 EUR, read from \u201c€95.000\u201d");

        current.Find("initech")!.Offer!.BaseSalary.ShouldBeNull("120.000 with no currency reads two ways: never guessed");
        Row(plan, 3).Notes.ShouldContain(n => n.Contains("Did you mean 120,000 or 120?"));
        current.Find("hooli")!.Offer!.BaseSalary.ShouldBeNull();
        Row(plan, 4).Notes.ShouldContain(n => n.Contains("is a range"));
        current.Find("umbrella")!.Offer.ShouldBeNull("a salary without an offer is the posting's, kept in the notes");

        var german = ImportPlan.Make(Table(csv), null, null, new Pipeline(), NumberLocale.From("de-DE"));
        var again = new Pipeline();
        german.ApplyTo(again, (_, company) => company.ToLowerInvariant());
        again.Find("initech")!.Offer!.BaseSalary.ShouldBe(120000m, "written by someone who writes thousands with a dot");
    }
}
