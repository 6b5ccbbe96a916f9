using System.Text.RegularExpressions;
using OfferDesk.Core.Model;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Playbook;
using AdviceDocument = OfferDesk.Core.Playbook.Advice;

namespace OfferDesk.Core.Tests;

public sealed class MorningMessageTests
{
    // A Thursday.
    private static readonly DateOnly Today = new(2026, 3, 12);

    private static Pipeline Search() => new()
    {
        Candidate = new Candidate { Name = "Sam Lee" },
        Opportunities =
        [
            new Opportunity
            {
                Id = "heron", Company = "Heron Analytics", Stage = Stage.Interviewing,
                Contacts = [new Contact { Name = "Maya Okafor", Role = ContactRole.HiringManager, Phone = "+1 (555) 010-2030", Email = "maya@heron.example" }],
            },
            new Opportunity
            {
                Id = "ab", Company = "A&B <Labs>", Stage = Stage.Offer,
                Contacts = [new Contact { Name = "Priya Nair", Role = ContactRole.Recruiter, Email = "priya@ab.example" }],
            },
            new Opportunity { Id = "quiet", Company = "Quiet Co", Stage = Stage.Applied },
        ],
    };

    private static Move Call(DateOnly due) => new(MoveCode.AcceleratePreferred, "heron", "Heron Analytics", Priority.High, due, Channel.Phone,
        "Call Maya: you have an offer, and Heron Analytics is your preference",
        "You hold a real offer and would rather work at Heron Analytics.",
        "Call Maya Okafor at Heron Analytics (+1 (555) 010-2030).\n\nOpening: \"Hi Maya, this is Sam Lee.\"");

    private static Move Email(DateOnly due) => new(MoveCode.DeferOffer, "ab", "A&B <Labs>", Priority.Normal, due, Channel.Email,
        "Tell A&B <Labs> you need a little time", "A company you prefer is still deciding.",
        "Subject: Your offer\n\nHi Priya,\n\nThank you. Write to me at sam@home.example.\n\nBest regards,\nSam Lee");

    private static Move Decide(DateOnly due) => new(MoveCode.DecideOnOffer, "quiet", "Quiet Co", Priority.Urgent, due, Channel.None,
        "Decide on the Quiet Co offer", "Its deadline is close.", "");

    private static AdviceDocument Advice(IReadOnlyList<Move> moves, params Warning[] warnings) => new(Today, moves, [], warnings);

    private static readonly MorningLinks Links = new(new Uri("https://desk.example/"), new Uri("https://desk.example/reminders/stop?t=abc"), new Uri("https://desk.example/account/reminders"));

    [Fact]
    public void The_subject_names_the_first_move_the_person_and_how_many_more()
    {
        var message = MorningDigest.Compose(Search(), Advice([Call(Today), Email(Today), Email(Today).With(opportunity: "quiet", company: "Quiet Co")]), Links)!;

        message.Subject.ShouldBe("Call Maya at Heron Analytics today, and 2 more");
    }

    [Fact]
    public void An_overdue_first_move_says_since_when_in_words()
    {
        var message = MorningDigest.Compose(Search(), Advice([Call(Today.AddDays(-2))]), Links)!;

        message.Subject.ShouldBe("Call Maya at Heron Analytics (overdue since Tuesday, March 10)");
        message.Text.ShouldContain("overdue since Tuesday, March 10");
    }

    [Fact]
    public void A_decision_first_is_its_summary_with_when_it_is_due()
    {
        var message = MorningDigest.Compose(Search(), Advice([Decide(Today), Call(Today)]), Links)!;

        message.Subject.ShouldBe("Decide on the Quiet Co offer, due today, and 1 more");
    }

    [Fact]
    public void Nothing_is_composed_on_a_day_with_nothing_due_and_no_warning()
    {
        MorningDigest.Compose(Search(), Advice([]), Links).ShouldBeNull();
        // Moves that are only coming up are not news yet.
        MorningDigest.Compose(Search(), Advice([Call(Today.AddDays(1)), Email(Today.AddDays(4))]), Links).ShouldBeNull();
    }

    [Fact]
    public void A_warning_alone_is_worth_a_message()
    {
        var warning = new Warning("deadline-passed", "ab", "The deadline for the A&B <Labs> offer was Tuesday, March 10. Give them your answer now.");
        var message = MorningDigest.Compose(Search(), Advice([], warning), Links)!;

        message.Subject.ShouldBe("One thing to watch in your job search today");
        message.Text.ShouldContain("Watch out");
        message.Text.ShouldContain(warning.Message);
        message.Html.ShouldContain("The deadline for the A&amp;B &lt;Labs&gt; offer");
    }

    [Fact]
    public void The_text_part_has_each_move_with_why_when_how_and_the_words_to_say()
    {
        var advice = Advice([Call(Today), Email(Today.AddDays(-1)), Call(Today.AddDays(3)).With(code: MoveCode.FollowUp, summary: "Check in with Maya")]);
        var text = MorningDigest.Compose(Search(), advice, Links)!.Text;

        text.ShouldStartWith("Good morning, Sam.");
        text.ShouldContain("Thursday, March 12: one move is due today and one is overdue.");
        text.ShouldContain("1. Call Maya: you have an offer, and Heron Analytics is your preference");
        text.ShouldContain($"Heron Analytics · {Vocabulary.PriorityHeading(Priority.High)} · {Vocabulary.ChannelLabel(Channel.Phone)} · due today");
        text.ShouldContain("Why: You hold a real offer and would rather work at Heron Analytics.");
        text.ShouldContain("Contact: Maya Okafor, +1 (555) 010-2030, maya@heron.example");
        text.ShouldContain("   | Opening: \"Hi Maya, this is Sam Lee.\"");
        text.ShouldContain($"A&B <Labs> · {Vocabulary.PriorityHeading(Priority.Normal)} · {Vocabulary.ChannelLabel(Channel.Email)} · overdue since yesterday");
        text.ShouldContain("Coming up\n - Check in with Maya (due Sunday, March 15)");
        text.ShouldContain("Open Today in OfferDesk: https://desk.example/");
        text.ShouldContain("Stop these emails: https://desk.example/reminders/stop?t=abc");
    }

    [Fact]
    public void Neither_part_shows_our_codes_or_document_dates()
    {
        var advice = Advice([Call(Today), Email(Today), Decide(Today.AddDays(-3))], new Warning("plan-b-unconfirmed", "ab", "Be ready to accept A&B <Labs>."));
        var message = MorningDigest.Compose(Search(), advice, Links)!;

        foreach (var part in new[] { message.Subject, message.Text, message.Html })
        {
            foreach (var code in new[] { "accelerate-preferred", "defer-offer", "decide-on-offer", "plan-b-unconfirmed", "high", "urgent", "either" })
                Regex.IsMatch(part, $@"(?<![\w-]){code}(?![\w-])").ShouldBeFalse($"\"{code}\" in {part}");
            Regex.IsMatch(part, @"\d{4}-\d{2}-\d{2}").ShouldBeFalse(part);
        }
    }

    [Fact]
    public void The_html_part_links_phones_and_emails_and_escapes_everything_else()
    {
        var html = MorningDigest.Compose(Search(), Advice([Call(Today), Email(Today)]), Links)!.Html;

        html.ShouldContain("<a href=\"tel:+15550102030\">+1 (555) 010-2030</a>");
        html.ShouldContain("<a href=\"mailto:maya@heron.example\">maya@heron.example</a>");
        html.ShouldContain("<a href=\"mailto:priya@ab.example\">priya@ab.example</a>");
        // Only the move's own contact is linked: other text stays text, whatever it holds.
        html.ShouldNotContain("mailto:sam@home.example");
        html.ShouldContain("sam@home.example");
        html.ShouldContain("Tell A&amp;B &lt;Labs&gt; you need a little time");
        html.ShouldNotContain("<Labs>");
        html.ShouldContain("<a href=\"https://desk.example/\">Open Today in OfferDesk</a>");
        html.ShouldContain("<a href=\"https://desk.example/reminders/stop?t=abc\">stop these emails</a>");
        html.ShouldContain("<strong>Why:</strong> You hold a real offer");
    }

    [Fact]
    public void Without_links_there_is_no_footer_to_follow()
    {
        var message = MorningDigest.Compose(Search(), Advice([Call(Today)]))!;

        message.Text.ShouldNotContain("Stop these emails");
        message.Text.ShouldNotContain("Open Today");
        message.Html.ShouldNotContain("stop these emails");
    }

    [Fact]
    public void The_example_search_gives_a_message_with_every_due_move()
    {
        var day = new DateOnly(2026, 3, 10);
        var pipeline = ExampleSearch.Create(day);
        var advice = Advisor.Advise(pipeline, day);
        var message = MorningDigest.Compose(pipeline, advice, Links)!;

        var due = MorningDigest.DueMoves(advice);
        due.ShouldNotBeEmpty();
        message.Subject.ShouldEndWith(due.Count > 1 ? $", and {due.Count - 1} more" : "today");
        foreach (var m in due)
        {
            message.Text.ShouldContain(m.Summary);
            message.Text.ShouldContain(m.Why);
            message.Text.ShouldNotContain(m.CodeText);
        }
    }

    [Theory]
    [InlineData("+1 555 0100", "+15550100")]
    [InlineData("(555) 010-2030", "5550102030")]
    [InlineData(" +44 20 7946 0958", "+442079460958")]
    public void Phone_numbers_dial_as_digits(string phone, string dial) => MorningDigest.Dial(phone).ShouldBe(dial);

    [Theory]
    [InlineData("Dr Kim Osei", "Call Dr Osei at Heron Analytics today")]
    [InlineData("Dr", "Call Heron Analytics today")]
    public void TheSubjectNamesTheContactAsTheScriptGreetsThem(string name, string subject)
    {
        var search = Search();
        search.Opportunities[0].Contacts[0].Name = name;

        MorningDigest.Compose(search, Advice([Call(Today)]), Links)!.Subject.ShouldBe(subject);
    }

    private static Move CheckIn(int i) => new(MoveCode.FollowUp, $"co-{i}", $"Company {i}", Priority.Low, Today, Channel.Either,
        $"Check in with Company {i}: 12 days without news", "It has been a while.", $"Subject: Checking in\n\nHello,\n\nChecking in on Company {i}.\n\nBest regards,\nSam Lee");

    private static Pipeline ManyApplications(int count)
    {
        var search = Search();
        for (var i = 0; i < count; i++) search.Opportunities.Add(new Opportunity { Id = $"co-{i}", Company = $"Company {i}", Stage = Stage.Applied });
        return search;
    }

    [Fact]
    public void The_day_is_a_plan_the_first_move_to_start_with_then_three_in_full_then_one_line_each()
    {
        var later = Email(Today).With(code: MoveCode.KeepInTouch, opportunity: "quiet", company: "Quiet Co", summary: "Send Quiet Co a friendly note");
        var advice = Advice([Call(Today), Email(Today), Decide(Today), later]);

        var text = MorningDigest.Compose(Search(), advice, Links)!.Text;

        text.IndexOf("Start here\n1. Call Maya", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        text.ShouldContain("Then\n2. Tell A&B <Labs> you need a little time");
        text.ShouldContain("3. Decide on the Quiet Co offer");
        // The fourth is one line, without its words.
        text.ShouldContain("Also today\n - Send Quiet Co a friendly note (due today)");
        text.Split('\n').Count(l => l.StartsWith("   | Subject:", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Routine_check_ins_share_one_line_and_the_rest_point_to_today()
    {
        var moves = new List<Move> { Call(Today), Email(Today), Decide(Today) };
        moves.AddRange(Enumerable.Range(0, 40).Select(CheckIn));

        var message = MorningDigest.Compose(ManyApplications(40), Advice(moves), Links)!;

        message.Text.ShouldContain(" - 40 companies you have applied to: a short check-in with each (Company 0, Company 1, Company 2, Company 3, Company 4 and 35 more)");
        message.Text.ShouldNotContain("Check in with Company 7");
        message.Html.ShouldContain("40 companies you have applied to");
    }

    [Fact]
    public void A_long_day_lists_a_dozen_moves_and_sends_the_rest_to_today()
    {
        var moves = new List<Move> { Call(Today), Email(Today), Decide(Today) };
        // Check-ins with companies past applying are not routine: each is a line, up to the cap.
        var search = ManyApplications(30);
        foreach (var o in search.Opportunities.Where(o => o.Id.StartsWith("co-", StringComparison.Ordinal))) o.Stage = Stage.Interviewing;
        moves.AddRange(Enumerable.Range(0, 30).Select(CheckIn));

        var text = MorningDigest.Compose(search, Advice(moves), Links)!.Text;

        text.Split('\n').Count(l => l.StartsWith(" - Check in with", StringComparison.Ordinal)).ShouldBe(MorningDigest.Lines);
        text.ShouldContain($" - {30 - MorningDigest.Lines} more moves are on Today.");
    }

    [Fact]
    public void Only_the_moves_own_contact_is_linked_and_never_another_companys_number()
    {
        var search = Search();
        // The same number written in another company's script text is not the contact of that move.
        var advice = Advice([Email(Today).With(script: "Subject: Hi\n\nHi Priya,\n\nCall Maya on +1 (555) 010-2030.\n\nBest regards,\nSam Lee")]);

        var html = MorningDigest.Compose(search, advice, Links)!.Html;

        html.ShouldNotContain("tel:+15550102030");
        html.ShouldContain("<a href=\"mailto:priya@ab.example\">priya@ab.example</a>");
    }

    [Fact]
    public void A_search_of_thousands_of_companies_still_makes_a_short_email()
    {
        var day = new DateOnly(2026, 12, 15);
        var pipeline = new Pipeline { Candidate = new Candidate { Name = "Sam Lee" } };
        for (var i = 0; i < 5000; i++)
            pipeline.Opportunities.Add(new Opportunity
            {
                Id = $"co-{i}", Company = $"Company {i}", Stage = i % 3 == 0 ? Stage.Interviewing : Stage.Applied, AppliedOn = day.AddDays(-20),
                Interviews = i % 3 == 0 ? [new Interview { At = new InterviewTime(day.AddDays(-12), null), Status = InterviewStatus.Done, ThankYouSent = true }] : [],
                Contacts = [new Contact { Name = $"Dana {i}", Role = ContactRole.Recruiter, Phone = $"+1 555 {i:0000}", Email = $"dana{i}@example.test" }],
            });

        var message = MorningDigest.Compose(pipeline, Advisor.Advise(pipeline, day), Links)!;

        message.Text.Split('\n').Length.ShouldBeLessThan(120);
        message.Html.Length.ShouldBeLessThan(20_000);
    }
}
