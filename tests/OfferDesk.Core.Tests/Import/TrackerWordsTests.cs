using OfferDesk.Core.Import;

namespace OfferDesk.Core.Tests.Import;

/// <summary>
/// Each tracker's own stage words and date forms (docs/IMPORT.md), read as OfferDesk's. The
/// expected stages are written here, not taken from the table, so a changed table fails these.
/// </summary>
public class TrackerWordsTests
{
    [Theory]
    // JobSync's labels.
    [InlineData("Applied", Stage.Applied)]
    [InlineData("Interview", Stage.Interviewing)]
    [InlineData("Offer", Stage.Offer)]
    [InlineData("Rejected", Stage.Rejected)]
    [InlineData("Expired", Stage.Rejected)]
    // Huntr's default lists.
    [InlineData("interview", Stage.Interviewing)]
    [InlineData("offer", Stage.Offer)]
    // Teal's statuses.
    [InlineData("Interviewing", Stage.Interviewing)]
    [InlineData("Negotiating", Stage.Offer)]
    [InlineData("Accepted", Stage.Accepted)]
    [InlineData("I Withdrew", Stage.Withdrawn)]
    [InlineData("Not Selected by Employer", Stage.Rejected)]
    [InlineData("No Response 🔕", Stage.Rejected)]
    // A spreadsheet's.
    [InlineData("  offer received ", Stage.Offer)]
    [InlineData("Hired", Stage.Accepted)]
    [InlineData("declined", Stage.Declined)]
    public void ATrackersStageWordIsOurs(string word, Stage expected)
    {
        var reading = TrackerFormats.ReadStatus(word)!;

        reading.Stage.ShouldBe(expected);
        reading.SkipReason.ShouldBeNull();
    }

    [Theory]
    [InlineData("Wishlist")]
    [InlineData("Bookmarked")]
    [InlineData("Applying")]
    [InlineData("Draft")]
    [InlineData("Archived")]
    public void AJobNotAppliedToOrArchivedIsLeftOutWithAReason(string word)
    {
        var reading = TrackerFormats.ReadStatus(word)!;

        reading.Stage.ShouldBeNull();
        reading.SkipReason.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("2nd Interview", Stage.Interviewing, "the stage \u201c2nd Interview\u201d is read as Interviewing")]
    [InlineData("Verbal offer", Stage.Offer, "the stage \u201cVerbal offer\u201d is read as an offer in hand")]
    [InlineData("Reference Check", Stage.Applied, "the stage \u201cReference Check\u201d is not one we know: added as Applied, change it on the board if it is further along")]
    public void AStageOfTheUsersOwnIsReadWithSaying(string word, Stage expected, string said)
    {
        var reading = TrackerFormats.ReadStatus(word)!;

        reading.Stage.ShouldBe(expected);
        reading.Explanation.ShouldBe(said);
    }

    [Fact]
    public void AnEmptyStageIsNoReading() => TrackerFormats.ReadStatus("  ").ShouldBeNull();

    [Theory]
    [InlineData("2026-03-10", 2026, 3, 10)]
    [InlineData("2026-01-04T18:49:28.657Z", 2026, 1, 4)]
    [InlineData("2026/3/9", 2026, 3, 9)]
    [InlineData("3/9/2026", 2026, 3, 9)]
    [InlineData("25/03/2026", 2026, 3, 25)]
    [InlineData("10.03.26", 2026, 3, 10)]
    [InlineData("Mar 9, 2026", 2026, 3, 9)]
    [InlineData("9 March 2026", 2026, 3, 9)]
    public void DatesAreReadAsWritten_SlashedMonthFirstWhenEitherWouldDo_DottedDayFirst(string text, int year, int month, int day) =>
        ImportDates.Read(text, DateOrder.MonthFirst).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("soon")]
    [InlineData("2026-02-30")]
    [InlineData("13/13/2026")]
    [InlineData("March")]
    public void WhatIsNotADateIsNone(string text) => ImportDates.Read(text, DateOrder.MonthFirst).ShouldBeNull();

    [Fact]
    public void AColumnsDatesSayTheirOrderWhenOneCanOnlyBeReadOneWay()
    {
        ImportDates.OrderOf(["03/04/2026", "25/03/2026"]).ShouldBe(DateOrder.DayFirst);
        ImportDates.OrderOf(["03/04/2026", "03/25/2026"]).ShouldBe(DateOrder.MonthFirst);
        ImportDates.OrderOf(["03/04/2026", "2026-03-10"]).ShouldBeNull();
        ImportDates.OrderOf(["25/03/2026", "03/25/2026"]).ShouldBeNull();
    }

    [Theory]
    [InlineData("N/A")]
    [InlineData(" ")]
    [InlineData("Not specified")]
    public void TheWordsTrackersWriteForNothingAreBlank(string text) => ImportDates.IsBlank(text).ShouldBeTrue();
}
