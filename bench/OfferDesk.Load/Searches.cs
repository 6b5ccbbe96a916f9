using OfferDesk.Core.Model;

namespace OfferDesk.Load;

/// <summary>The searches the virtual users work on: the app's own example, plus a few more companies.</summary>
public static class Searches
{
    private static readonly string[] Names = ["Tailspin", "Litware", "Adventure Works", "Proseware", "Wingtip", "Margie's Travel", "Alpine Ski", "Coho Winery", "Lucerne", "Trey Research"];
    private static readonly string[] Roles = ["Backend Engineer", "Senior Engineer", "Staff Engineer", "Tech Lead", "Platform Engineer"];

    /// <summary>
    /// <see cref="ExampleSearch"/> (four companies, one written offer) and <paramref name="extra"/>
    /// more at various stages, each with a contact, an interview or two and a note: the size of a
    /// real search near its end. Deterministic per <paramref name="seed"/>.
    /// </summary>
    public static Pipeline Realistic(DateOnly today, int extra, int seed)
    {
        var p = ExampleSearch.Create(today);
        var rnd = new Random(seed);
        Stage[] stages = [Stage.Applied, Stage.Interviewing, Stage.Interviewing, Stage.Interviewing, Stage.Rejected, Stage.Declined];
        for (var k = 0; k < extra; k++)
        {
            var stage = stages[rnd.Next(stages.Length)];
            var o = new Opportunity
            {
                Id = $"co-{k}",
                Company = $"{Names[k % Names.Length]} {k / Names.Length + 1}",
                Role = Roles[rnd.Next(Roles.Length)],
                Stage = stage,
                AppliedOn = today.AddDays(-rnd.Next(10, 45)),
                LastHeardFrom = today.AddDays(-rnd.Next(0, 9)),
                Contacts = [new Contact { Name = $"Alex Moreno {k}", Role = ContactRole.Recruiter, Email = $"alex{k}@example.test" }],
                Events = [new Event { On = today.AddDays(-rnd.Next(1, 9)), Kind = EventKind.Note, Note = "Recruiter said the team is hiring two." }],
                Notes = "Found through the company's careers page.",
            };
            if (stage == Stage.Interviewing)
            {
                o.Process = new Process { TotalSteps = 4, CompletedSteps = 1 };
                o.Interviews.Add(new Interview { At = InterviewTime.OnDate(today.AddDays(-rnd.Next(3, 9))), Kind = "phone screen", Status = InterviewStatus.Done, ThankYouSent = true });
                o.Interviews.Add(new Interview { At = InterviewTime.OnDate(today.AddDays(rnd.Next(1, 10))), Kind = "video", Status = InterviewStatus.Scheduled });
            }
            p.Opportunities.Add(o);
        }
        return p;
    }
}
