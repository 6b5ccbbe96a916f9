using FsCheck;
using FsCheck.Fluent;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Data;
using OfferDesk.Web.Pages;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Any sequence of edits through the company form is either refused, every problem at a field
/// the form can name (a label from the rules table), or is a search the store takes and that
/// reads back exactly as it was written. Run in-process on the form's own code (OpportunityInput),
/// the rules (PipelineRules) and the store's check (SearchStore.Prepare), so it can try thousands.
/// </summary>
public sealed class FormEditPropertyTests
{
    private static readonly NodaTime.DateTimeZone Chicago = NodaTime.DateTimeZoneProviders.Tzdb["America/Chicago"];

    /// <summary>Text people type, and text they paste: long, empty, blank, control characters, half pairs, emoji.</summary>
    private static readonly Gen<string?> Text = Gen.OneOf(
        Gen.Elements<string?>(null, "", "   ", "Acme", "Ünïcødé 日本 🎉", "line\none", "tab\there", "bell\u0007", "esc\u001b[2J", "half \ud800 pair", "<b>bold</b>", "\"quoted\""),
        Gen.Choose(0, 4).Select(i => (string?)new string('x', new[] { 49, 50, 51, 100, 101, 200, 201, 254, 255, 2_000, 2_001, 20_000, 20_001 }[i * 3 % 13])),
        Gen.Choose(0, 12).Select(i => (string?)new string('y', new[] { 50, 51, 100, 101, 200, 201, 254, 255, 2_000, 2_001, 20_000, 20_001, 0 }[i])));

    private static readonly Gen<string?> Number = Gen.Elements<string?>(null, "", "0", "1", "-1", "7", "100", "101", "366", "367", "1000", "1001", "1,000,000,000", "1000000001", "12.5", "abc", "99999999999999999999999999999");

    private static readonly Gen<string?> Date = Gen.Elements<string?>(null, "", "2026-03-10", "1900-01-01", "1899-12-31", "2200-12-31", "2201-01-01", "2026-02-30", "soon", "0001-01-01");

    private static readonly Gen<string?> Day = Gen.Elements<string?>("", "2026-03-20", "2026-03-08", "2026-11-01", "2201-01-01", "1899-12-31", "2026-02-30", "later");

    private static readonly Gen<string?> TimeOfDay = Gen.Elements<string?>(null, "", "15:00", "02:30", "01:30", "09:00:00", "25:00", "noon");

    private static Gen<Action<OpportunityInput>> Edit() => Gen.OneOf(
        Text.Select(v => (Action<OpportunityInput>)(f => f.Company = v)),
        Text.Select(v => (Action<OpportunityInput>)(f => f.Role = v)),
        Text.Select(v => (Action<OpportunityInput>)(f => f.Notes = v)),
        Text.Select(v => (Action<OpportunityInput>)(f => f.Title = v)),
        Text.Select(v => (Action<OpportunityInput>)(f => f.Location = v)),
        Text.Select(v => (Action<OpportunityInput>)(f => f.OfferNote = v)),
        Number.Select(v => (Action<OpportunityInput>)(f => f.BaseSalary = v)),
        Number.Select(v => (Action<OpportunityInput>)(f => f.BonusTargetPercent = v)),
        Number.Select(v => (Action<OpportunityInput>)(f => f.PtoDays = v)),
        Number.Select(v => (Action<OpportunityInput>)(f => f.TotalSteps = v)),
        Number.Select(v => (Action<OpportunityInput>)(f => f.CompletedSteps = v)),
        Date.Select(v => (Action<OpportunityInput>)(f => f.Deadline = v)),
        Date.Select(v => (Action<OpportunityInput>)(f => f.AppliedOn = v)),
        Gen.Elements<string?>("", "expected", "verbal", "written", "signed", "maybe").Select(v => (Action<OpportunityInput>)(f => f.OfferStatus = v)),
        Gen.Elements<string?>("applied", "interviewing", "offer", "accepted", "declined", "nowhere").Select(v => (Action<OpportunityInput>)(f => f.Stage = v)),
        Gen.Elements<string?>("", "USD", "usd", "EURO").Select(v => (Action<OpportunityInput>)(f => f.Currency = v)),
        Gen.Zip(Text, Text).Select(t => (Action<OpportunityInput>)(f => f.Contacts.Add(new OpportunityInput.ContactRow { Name = t.Item1, Email = t.Item2 }))),
        Gen.Zip(Gen.Zip(Day, TimeOfDay), Text).Select(t => (Action<OpportunityInput>)(f => f.Interviews.Add(new OpportunityInput.InterviewRow { Date = t.Item1.Item1, Time = t.Item1.Item2, Kind = t.Item2, Status = "scheduled" }))),
        Gen.Zip(Date, Text).Select(t => (Action<OpportunityInput>)(f => f.Events.Add(new OpportunityInput.EventRow { On = t.Item1, Note = t.Item2, Kind = "note" }))),
        Gen.Constant((Action<OpportunityInput>)(f => { if (f.Contacts.Count > 0) f.Contacts[0].Remove = true; })));

    [Fact]
    public void AnySequenceOfFormEditsIsRefusedWithLocatedProblemsOrSavedAndReadBackEqual()
    {
        var (refused, saved) = (0, 0);
        // A few edits at a time, as a person makes them: long lists would nearly always hold a refusal.
        var sequences = Gen.Choose(0, 5).SelectMany(n => Edit().ListOf(n)).Select(l => l.ToList());
        Prop.ForAll(sequences.ToArbitrary(), edits =>
        {
            var search = ExampleSearch.Create(new DateOnly(2026, 3, 10));
            var index = search.Opportunities.FindIndex(o => o.Id == "bluebird");
            var prefix = $"opportunities[{index}].";
            var form = OpportunityInput.From(search.Opportunities[index], Chicago);
            foreach (var edit in edits) edit(form);

            var problems = PipelineRules.CheckWith(form.ApplyTo(search.Opportunities[index], prefix, Chicago), search);

            if (problems.Count > 0)
            {
                refused++;
                foreach (var p in problems)
                {
                    var onForm = form.FormPath(p.Path, prefix);
                    OpportunityModel.Field(onForm).ShouldNotBeNull($"the form cannot name \"{p.Path}\" ({p.Message})");
                    p.Message.ShouldNotBeNullOrWhiteSpace();
                }
                return;
            }
            saved++;
            var (document, storeProblems) = SearchStore.Prepare(search);
            storeProblems.ShouldBeEmpty("the rules passed it, so the store must take it");
            var back = PipelineJson.Parse(document!);
            back.Problems.ShouldBeEmpty();
            PipelineJson.Serialize(back.Pipeline!, indented: false).ShouldBe(document);
            PipelineJson.Serialize(back.Pipeline!).ShouldBe(PipelineJson.Serialize(search), "what reads back is what was edited");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(600));

        // Both outcomes must have been tried, or the property says nothing.
        refused.ShouldBeGreaterThan(30);
        saved.ShouldBeGreaterThan(30);
    }
}
