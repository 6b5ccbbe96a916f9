using System.Text;
using OfferDesk.Core.Calendar;
using OfferDesk.Core.Model;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Playbook;
// Aliased: any namespace OfferDesk.Core.Tests.Advice (a sibling test folder briefly had one) would hide
// the Advice type from code in OfferDesk.Core.Tests.
using AdviceDocument = OfferDesk.Core.Playbook.Advice;

namespace OfferDesk.Core.Tests;

public sealed class CalendarIcsFeedTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Stamp = new(2026, 11, 22, 9, 30, 15, TimeSpan.FromHours(2));

    // ---- the calendar envelope -------------------------------------------------------------

    [Fact]
    public void Calendar_has_the_required_header_and_footer()
    {
        var ics = IcsFeed.Write(Search(), NoAdvice(), Stamp);
        var lines = Unfold(ics);

        lines[0].ShouldBe("BEGIN:VCALENDAR");
        lines.ShouldContain("VERSION:2.0");
        lines.ShouldContain("PRODID:-//OfferDesk//OfferDesk//EN");
        lines.ShouldContain("CALSCALE:GREGORIAN");
        lines.ShouldContain("METHOD:PUBLISH");
        lines.ShouldContain("X-WR-CALNAME:OfferDesk");
        lines[^1].ShouldBe("END:VCALENDAR");
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(lines.Count(l => l == "END:VEVENT"));
    }

    [Fact]
    public void Calendar_name_is_escaped_text()
    {
        var ics = IcsFeed.Write(Search(), NoAdvice(), Stamp, "Sam's search, 2026; round 2");
        Unfold(ics).ShouldContain(@"X-WR-CALNAME:Sam's search\, 2026\; round 2");
    }

    [Fact]
    public void Every_line_ends_in_crlf_and_there_are_no_bare_line_breaks()
    {
        var ics = IcsFeed.Write(Search(), SomeAdvice(), Stamp);

        ics.ShouldEndWith("\r\n");
        var withoutCrlf = ics.Replace("\r\n", "");
        withoutCrlf.ShouldNotContain("\r");
        withoutCrlf.ShouldNotContain("\n");
    }

    [Fact]
    public void Every_event_is_stamped_in_utc_from_the_given_stamp()
    {
        var ics = IcsFeed.Write(Search(), SomeAdvice(), Stamp);
        var events = Events(ics);

        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e["DTSTAMP"] == "20261122T073015Z");
    }

    // ---- interviews --------------------------------------------------------------------------

    [Fact]
    public void Timed_interview_is_a_one_hour_event_in_utc()
    {
        var e = Event(IcsFeed.Write(Search(), NoAdvice(), Stamp), "interview-acme-1@offerdesk");

        e["DTSTART"].ShouldBe("20261125T210000Z"); // 15:00 at -06:00
        e["DURATION"].ShouldBe("PT1H");
        e.ShouldNotContainKey("DTEND");
        e["SUMMARY"].ShouldBe("Interview: Acme Corp (onsite)");
        e["DESCRIPTION"].ShouldContain("Time as given: 2026-11-25T15:00:00-06:00");
        e["TRANSP"].ShouldBe("OPAQUE");
    }

    [Fact]
    public void Date_only_interview_is_an_all_day_event()
    {
        var e = Event(IcsFeed.Write(Search(), NoAdvice(), Stamp), "interview-acme-3@offerdesk");

        e["DTSTART;VALUE=DATE"].ShouldBe("20261130");
        e["DTEND;VALUE=DATE"].ShouldBe("20261201");
        e.ShouldNotContainKey("DURATION");
        e["SUMMARY"].ShouldBe("Interview: Acme Corp");
    }

    [Fact]
    public void Done_and_cancelled_interviews_are_left_out()
    {
        var uids = Events(IcsFeed.Write(Search(), NoAdvice(), Stamp)).Select(e => e["UID"]).ToList();

        uids.ShouldContain("interview-acme-1@offerdesk");
        uids.ShouldContain("interview-acme-3@offerdesk");
        uids.ShouldNotContain("interview-acme-0@offerdesk"); // done
        uids.ShouldNotContain("interview-acme-2@offerdesk"); // cancelled
    }

    // ---- offer deadlines ---------------------------------------------------------------------

    [Fact]
    public void Held_and_accepted_offer_deadlines_are_all_day_events()
    {
        var events = Events(IcsFeed.Write(WithAnAcceptedOffer(), NoAdvice(), Stamp));

        var beta = events.Single(e => e["UID"] == "offer-deadline-beta@offerdesk");
        beta["SUMMARY"].ShouldBe(@"Answer due: Beta\, Inc\; ""Labs"" offer");
        beta["DTSTART;VALUE=DATE"].ShouldBe("20261127");
        beta["DTEND;VALUE=DATE"].ShouldBe("20261128");
        beta["TRANSP"].ShouldBe("TRANSPARENT");

        events.Single(e => e["UID"] == "offer-deadline-gamma@offerdesk")["SUMMARY"].ShouldBe("Answer due: Gamma offer");
    }

    [Fact]
    public void A_held_offers_deadline_rings_at_nine_three_days_and_one_day_before_and_an_answered_one_does_not()
    {
        var ics = IcsFeed.Write(WithAnAcceptedOffer(), NoAdvice(), Stamp);
        var events = Events(ics);

        events.Single(e => e["UID"] == "offer-deadline-beta@offerdesk")["ALARMS"].ShouldBe("-P2DT15H -PT15H");
        events.Single(e => e["UID"] == "offer-deadline-gamma@offerdesk").ContainsKey("ALARMS").ShouldBeFalse();
        var lines = Unfold(ics);
        lines.ShouldContain(@"DESCRIPTION:3 days left to answer Beta\, Inc\; ""Labs""'s offer.");
        lines.Count(l => l == "BEGIN:VALARM").ShouldBe(2);
        lines.Count(l => l == "ACTION:DISPLAY").ShouldBe(2);
    }

    [Fact]
    public void A_decision_date_is_an_all_day_event_while_the_company_is_still_deciding()
    {
        var pipeline = Search();
        pipeline.Opportunities[0].Process = new Process { DecisionBy = new DateOnly(2026, 12, 4) };
        pipeline.Opportunities.Add(new Opportunity
        {
            Id = "zeta", Company = "Zeta", Stage = Stage.Rejected, Process = new Process { DecisionBy = new DateOnly(2026, 12, 2) },
        });

        var events = Events(IcsFeed.Write(pipeline, NoAdvice(), Stamp));

        var decision = events.Single(e => e["UID"] == "decision-acme@offerdesk");
        decision["SUMMARY"].ShouldBe("Acme Corp decides");
        decision["DTSTART;VALUE=DATE"].ShouldBe("20261204");
        decision["DTEND;VALUE=DATE"].ShouldBe("20261205");
        decision["TRANSP"].ShouldBe("TRANSPARENT");
        events.ShouldNotContain(e => e["UID"] == "decision-zeta@offerdesk");
    }

    [Fact]
    public void Deadlines_of_offers_not_held_are_left_out()
    {
        var pipeline = Search();
        pipeline.Opportunities.Add(new Opportunity
        {
            Id = "delta", Company = "Delta", Stage = Stage.Declined,
            Offer = new Offer { Status = OfferStatus.Written, Deadline = new DateOnly(2026, 11, 29) },
        });
        pipeline.Opportunities.Add(new Opportunity
        {
            Id = "epsilon", Company = "Epsilon", Stage = Stage.Interviewing,
            Offer = new Offer { Status = OfferStatus.Expected, Deadline = new DateOnly(2026, 11, 29) },
        });
        var uids = Events(IcsFeed.Write(pipeline, NoAdvice(), Stamp)).Select(e => e["UID"]).ToList();

        uids.ShouldNotContain("offer-deadline-delta@offerdesk");
        uids.ShouldNotContain("offer-deadline-epsilon@offerdesk");
    }

    // ---- moves -------------------------------------------------------------------------------

    [Fact]
    public void Moves_and_upcoming_moves_are_all_day_events_on_their_due_dates()
    {
        var events = Events(IcsFeed.Write(Search(), SomeAdvice(), Stamp));

        var defer = events.Single(e => e["UID"] == "move-defer-offer-beta@offerdesk");
        defer["DTSTART;VALUE=DATE"].ShouldBe("20261123");
        // Beta has no contact to name: the act and the company, with the move's summary first in the description.
        defer["SUMMARY"].ShouldBe("Call or email Beta");
        defer["DESCRIPTION"].ShouldBe(@"Tell Beta you need a few more days\n\nAnother process is finishing.\n\nHi Pat\,\nI am still deciding\; thank you.");

        var keep = events.Single(e => e["UID"] == "move-keep-in-touch-old@offerdesk");
        keep["DTSTART;VALUE=DATE"].ShouldBe("20270220");
    }

    [Fact]
    public void A_call_is_titled_with_the_person_and_the_company_on_its_due_day()
    {
        var advice = new AdviceDocument(Today,
            [new Move(MoveCode.AcceleratePreferred, "acme", "Acme Corp", Priority.High, Today.AddDays(1), Channel.Phone,
                "Call Dana: you have an offer, and Acme Corp is your preference", "You hold an offer.", "Call Dana Ruiz at Acme Corp.")],
            [], []);
        var e = Event(IcsFeed.Write(Search(), advice, Stamp), "move-accelerate-preferred-acme@offerdesk");

        e["SUMMARY"].ShouldBe("Call Dana (Acme Corp)");
        e["DTSTART;VALUE=DATE"].ShouldBe("20261123");
        e["DESCRIPTION"].ShouldBe(@"Call Dana: you have an offer\, and Acme Corp is your preference\n\nYou hold an offer.\n\nCall Dana Ruiz at Acme Corp.");
    }

    [Fact]
    public void An_email_names_the_contact_and_a_decision_keeps_its_summary()
    {
        var advice = new AdviceDocument(Today,
            [
                new Move(MoveCode.FollowUp, "acme", "Acme Corp", Priority.High, Today, Channel.Email, "Check in with Dana", "Quiet for 12 days.", "Hi Dana"),
                new Move(MoveCode.DecideOnOffer, "beta", "Beta", Priority.Urgent, Today, Channel.None, "Decide on the Beta offer", "Decide by the deadline.", ""),
            ],
            [], []);
        var ics = IcsFeed.Write(Search(), advice, Stamp);

        Event(ics, "move-follow-up-acme@offerdesk")["SUMMARY"].ShouldBe("Email Dana (Acme Corp)");
        Event(ics, "move-decide-on-offer-beta@offerdesk")["SUMMARY"].ShouldBe("Decide on the Beta offer");
    }

    [Fact]
    public void A_move_without_a_script_has_only_its_reason_as_description()
    {
        var e = Event(IcsFeed.Write(Search(), SomeAdvice(), Stamp), "move-decide-on-offer-beta@offerdesk");
        e["DESCRIPTION"].ShouldBe("Decide by the deadline.");
    }

    [Fact]
    public void Uids_are_stable_across_stamps_and_unique()
    {
        var first = Events(IcsFeed.Write(Search(), SomeAdvice(), Stamp)).Select(e => e["UID"]).ToList();
        var second = Events(IcsFeed.Write(Search(), SomeAdvice(), Stamp.AddDays(3))).Select(e => e["UID"]).ToList();

        second.ShouldBe(first);
        first.Distinct().Count().ShouldBe(first.Count);
    }

    [Fact]
    public void A_repeated_move_does_not_produce_two_events_with_one_uid()
    {
        var advice = SomeAdvice();
        var first = advice.Moves[0];
        var again = first.With(summary: "again");
        var doubled = advice with { Moves = [.. advice.Moves, again] };
        var uids = Events(IcsFeed.Write(Search(), doubled, Stamp)).Select(e => e["UID"]).ToList();

        uids.Distinct().Count().ShouldBe(uids.Count);
    }

    [Fact]
    public void Real_advice_for_the_example_search_becomes_events()
    {
        var pipeline = ExampleSearch.Create(Today);
        var advice = Advisor.Advise(pipeline, Today);
        var uids = Events(IcsFeed.Write(pipeline, advice, Stamp)).Select(e => e["UID"]).ToHashSet();

        advice.Moves.ShouldNotBeEmpty();
        foreach (var m in advice.Moves.Concat(advice.Upcoming))
            uids.ShouldContain($"move-{m.CodeText}-{m.Opportunity}@offerdesk");
    }

    // ---- TEXT escaping -----------------------------------------------------------------------

    [Fact]
    public void Text_escapes_backslash_semicolon_comma_and_line_breaks()
    {
        var advice = OneMove(summary: @"a\b;c,d", why: "line1\nline2\r\nline3\rline4", script: "");
        var e = Event(IcsFeed.Write(Search(), advice, Stamp), "move-follow-up-acme@offerdesk");

        e["SUMMARY"].ShouldBe(@"a\\b\;c\,d");
        e["DESCRIPTION"].ShouldBe(@"line1\nline2\nline3\nline4");
    }

    [Fact]
    public void Colons_and_quotes_are_not_escaped_in_text()
    {
        var advice = OneMove(summary: "Call: \"now\"", why: "x", script: "");
        Event(IcsFeed.Write(Search(), advice, Stamp), "move-follow-up-acme@offerdesk")["SUMMARY"].ShouldBe("Call: \"now\"");
    }

    [Fact]
    public void Control_characters_other_than_tab_are_dropped()
    {
        var advice = OneMove(summary: "bell\u0007 and\ttab\u0000", why: "x", script: "");
        Event(IcsFeed.Write(Search(), advice, Stamp), "move-follow-up-acme@offerdesk")["SUMMARY"].ShouldBe("bell and\ttab");
    }

    // ---- folding -----------------------------------------------------------------------------

    [Fact]
    public void Long_ascii_lines_are_folded_at_75_octets_and_unfold_to_the_original()
    {
        var text = string.Concat(Enumerable.Range(0, 40).Select(i => $"word{i:D2}-"));
        var ics = IcsFeed.Write(Search(), OneMove(summary: text, why: "x", script: ""), Stamp);

        AssertPhysicalLinesValid(ics);
        var physical = ics.Split("\r\n");
        var start = Array.FindIndex(physical, l => l.StartsWith("SUMMARY:word00", StringComparison.Ordinal));
        physical[start].Length.ShouldBe(75);
        physical[start + 1].ShouldStartWith(" ");
        physical[start + 1][1].ShouldNotBe(' ');
        physical[start + 1].Length.ShouldBe(75);
        Unfold(ics).ShouldContain("SUMMARY:" + text);
    }

    [Fact]
    public void Multi_byte_text_is_folded_between_characters_and_unfolds_to_the_original()
    {
        // 2-, 3- and 4-byte UTF-8 sequences (the last a surrogate pair in .NET), with offsets that
        // make some of them straddle the 75-octet boundary.
        var text = string.Concat(Enumerable.Repeat("é日本🎉x", 30)) + "; ok, done";
        var ics = IcsFeed.Write(Search(), OneMove(summary: text, why: text, script: "ñ" + text), Stamp);

        AssertPhysicalLinesValid(ics);
        var e = Event(ics, "move-follow-up-acme@offerdesk");
        var escaped = text.Replace(";", @"\;").Replace(",", @"\,");
        e["SUMMARY"].ShouldBe(escaped);
        e["DESCRIPTION"].ShouldBe(escaped + @"\n\nñ" + escaped);
        ics.Split("\r\n").Count(l => l.StartsWith(' ')).ShouldBeGreaterThan(10);
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded()
    {
        var summary = new string('a', 75 - "SUMMARY:".Length);
        var ics = IcsFeed.Write(Search(), OneMove(summary: summary, why: "x", script: ""), Stamp);
        var physical = ics.Split("\r\n");
        var i = Array.IndexOf(physical, "SUMMARY:" + summary);

        i.ShouldBeGreaterThan(0);
        physical[i + 1].ShouldNotStartWith(" ");
    }

    // ---- a real parser -----------------------------------------------------------------------

    [Fact]
    public void A_real_icalendar_parser_reads_every_event_back()
    {
        var pipeline = ExampleSearch.Create(Today);
        pipeline.Opportunities[0].Company = "Northwind, Traders; \"Zürich\" 日本 🎉";
        pipeline.Opportunities[0].Interviews.Add(new Interview
        {
            At = InterviewTime.At(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(5.5))),
            Kind = "final", Status = InterviewStatus.Scheduled,
        });
        var advice = Advisor.Advise(pipeline, Today);
        var ics = IcsFeed.Write(pipeline, advice, Stamp, "Sam's search, 2026");

        // Ical.Net, in-process: an RFC 5545 reader other than our writer.
        var (name, version, read) = OfferDesk.Testing.Calendars.Read(ics);
        name.ShouldBe("Sam's search, 2026");
        version.ShouldBe("2.0");
        var events = read.ToDictionary(e => e.Uid);
        var company = pipeline.Opportunities[0].Company;

        var timed = events["interview-northwind-2@offerdesk"];
        timed.Summary.ShouldBe($"Interview: {company} (final)");
        timed.StartText.ShouldBe("2026-11-26T04:00:00Z");
        timed.Duration.ShouldBe(TimeSpan.FromHours(1));

        events["interview-contoso-0@offerdesk"].StartText.ShouldBe(Today.AddDays(3).ToString("yyyy-MM-dd"));

        var deadline = events["offer-deadline-bluebird@offerdesk"];
        deadline.Summary.ShouldBe("Answer due: Bluebird Health offer");
        deadline.StartText.ShouldBe(Today.AddDays(5).ToString("yyyy-MM-dd"));

        foreach (var m in advice.Moves.Concat(advice.Upcoming))
        {
            var e = events[$"move-{m.CodeText}-{m.Opportunity}@offerdesk"];
            var o = pipeline.Find(m.Opportunity);
            e.Summary.ShouldBe(MoveWords.CalendarTitle(m, o));
            e.StartText.ShouldBe(m.Due.ToString("yyyy-MM-dd"));
            e.Description.ShouldBe(IcsFeed.MoveDescription(m, o));
        }
        events.Count.ShouldBe(advice.Moves.Count + advice.Upcoming.Count + 3);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /// <summary>Every physical line: at most 75 octets of valid UTF-8 on its own.</summary>
    private static void AssertPhysicalLinesValid(string ics)
    {
        var bytes = new UTF8Encoding(false).GetBytes(ics);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            var length = i - start;
            length.ShouldBeLessThanOrEqualTo(75);
            Should.NotThrow(() => strict.GetString(bytes, start, length));
            start = i + 2;
        }
        start.ShouldBe(bytes.Length);
    }

    private static List<string> Unfold(string ics) =>
        [.. ics.Replace("\r\n ", "").Split("\r\n").Where(l => l.Length > 0)];

    private static List<Dictionary<string, string>> Events(string ics)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        var inAlarm = false;
        foreach (var line in Unfold(ics))
        {
            if (line == "BEGIN:VEVENT") { current = new Dictionary<string, string>(StringComparer.Ordinal); continue; }
            if (line == "END:VEVENT") { events.Add(current!); current = null; continue; }
            // An alarm's lines are its own: its triggers are gathered under ALARMS, the rest left out.
            if (line == "BEGIN:VALARM") { inAlarm = true; continue; }
            if (line == "END:VALARM") { inAlarm = false; continue; }
            if (current is null) continue;
            if (inAlarm)
            {
                if (line.StartsWith("TRIGGER:", StringComparison.Ordinal))
                    current["ALARMS"] = current.TryGetValue("ALARMS", out var before) ? before + " " + line[8..] : line[8..];
                continue;
            }
            var colon = line.IndexOf(':');
            current.Add(line[..colon], line[(colon + 1)..]);
        }
        return events;
    }

    private static Dictionary<string, string> Event(string ics, string uid) => Events(ics).Single(e => e["UID"] == uid);

    /// <summary>The search, with Gamma's signed offer accepted (its deadline, December 1, answered).</summary>
    private static Pipeline WithAnAcceptedOffer()
    {
        var pipeline = Search();
        pipeline.Opportunities.Add(new Opportunity
        {
            Id = "gamma", Company = "Gamma", Stage = Stage.Accepted,
            Offer = new Offer { Status = OfferStatus.Signed, Deadline = new DateOnly(2026, 12, 1) },
        });
        return pipeline;
    }

    private static Pipeline Search() => new()
    {
        Opportunities =
        [
            new Opportunity
            {
                Id = "acme", Company = "Acme Corp", Role = "Staff Engineer", Stage = Stage.Interviewing,
                Contacts = [new Contact { Name = "Dana Ruiz", Role = ContactRole.HiringManager }],
                Interviews =
                [
                    new Interview { At = InterviewTime.OnDate(new DateOnly(2026, 11, 10)), Status = InterviewStatus.Done },
                    new Interview { At = InterviewTime.At(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(-6))), Kind = "onsite" },
                    new Interview { At = InterviewTime.OnDate(new DateOnly(2026, 11, 26)), Status = InterviewStatus.Cancelled },
                    new Interview { At = InterviewTime.OnDate(new DateOnly(2026, 11, 30)), Kind = " " },
                ],
            },
            new Opportunity
            {
                Id = "beta", Company = "Beta, Inc; \"Labs\"", Stage = Stage.Offer,
                Offer = new Offer { Status = OfferStatus.Written, Deadline = new DateOnly(2026, 11, 27), Title = "Senior Engineer" },
            },
        ],
    };

    private static AdviceDocument NoAdvice() => new(Today, [], [], []);

    private static AdviceDocument SomeAdvice() => new(
        Today,
        [
            new Move(MoveCode.DeferOffer, "beta", "Beta", Priority.High, new DateOnly(2026, 11, 23), Channel.Either,
                "Tell Beta you need a few more days", "Another process is finishing.", "Hi Pat,\nI am still deciding; thank you."),
            new Move(MoveCode.DecideOnOffer, "beta", "Beta", Priority.Urgent, new DateOnly(2026, 11, 22), Channel.None,
                "Decide on the Beta offer", "Decide by the deadline.", ""),
        ],
        [
            new Move(MoveCode.KeepInTouch, "old", "Old Co", Priority.Low, new DateOnly(2027, 2, 20), Channel.Either,
                "Check in with Old Co", "Keep the door open.", "Hello again."),
        ],
        []);

    private static AdviceDocument OneMove(string summary, string why, string script) => new(
        Today,
        // A decision (no channel) keeps its summary as the title, so these tests see the text as given.
        [new Move(MoveCode.FollowUp, "acme", "Acme Corp", Priority.Normal, Today, Channel.None, summary, why, script)],
        [],
        []);
}
