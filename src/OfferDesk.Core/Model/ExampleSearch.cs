namespace OfferDesk.Core.Model;

/// <summary>
/// A small, realistic search to start from (the CLI's <c>init</c>, the web app's "load an example"),
/// dated around the given day so its advice is live whenever it is made.
/// </summary>
public static class ExampleSearch
{
    public static Pipeline Create(DateOnly today) => new()
    {
        Version = 1,
        Candidate = new Candidate { Employment = Employment.Employed, Name = "Sam Lee" },
        Opportunities =
        [
            new Opportunity
            {
                Id = "northwind", Company = "Northwind Traders", Role = "Staff Engineer", Preference = 1,
                Stage = Stage.Interviewing, AppliedOn = today.AddDays(-30), LastHeardFrom = today.AddDays(-4), WouldAccept = true,
                Process = new Process { TotalSteps = 4, CompletedSteps = 3 },
                Contacts = [new Contact { Name = "Dana Ruiz", Role = ContactRole.HiringManager, Phone = "+1 555 0100", Email = "dana@northwind.example" }],
                Interviews =
                [
                    new Interview { At = InterviewTime.OnDate(today.AddDays(-20)), Kind = "phone screen", Status = InterviewStatus.Done, ThankYouSent = true },
                    new Interview { At = InterviewTime.OnDate(today.AddDays(-4)), Kind = "onsite", Status = InterviewStatus.Done, ThankYouSent = true },
                ],
            },
            new Opportunity
            {
                Id = "bluebird", Company = "Bluebird Health", Role = "Senior Engineer", Preference = 2,
                Stage = Stage.Offer, AppliedOn = today.AddDays(-40), LastHeardFrom = today.AddDays(-1), WouldAccept = true,
                Contacts = [new Contact { Name = "Priya Nair", Role = ContactRole.Recruiter, Email = "priya@bluebird.example" }],
                Interviews = [new Interview { At = InterviewTime.OnDate(today.AddDays(-10)), Kind = "onsite", Status = InterviewStatus.Done, ThankYouSent = true }],
                Offer = new Offer
                {
                    Status = OfferStatus.Written, Deadline = today.AddDays(5), StartDate = today.AddDays(45), Title = "Senior Engineer",
                    BaseSalary = 140000, Currency = "USD", BonusTargetPercent = 10, SigningBonus = 10000, EquityPerYear = 20000,
                },
            },
            new Opportunity
            {
                Id = "contoso", Company = "Contoso Cloud", Role = "Platform Engineer", Preference = 3,
                Stage = Stage.Interviewing, AppliedOn = today.AddDays(-14), LastHeardFrom = today.AddDays(-3),
                Contacts = [new Contact { Name = "Lee Chen", Role = ContactRole.Recruiter, Email = "lee@contoso.example" }],
                Interviews = [new Interview { At = InterviewTime.OnDate(today.AddDays(3)), Kind = "video", Status = InterviewStatus.Scheduled }],
            },
            new Opportunity
            {
                Id = "fabrikam", Company = "Fabrikam Studio", Role = "Backend Engineer",
                Stage = Stage.Applied, AppliedOn = today.AddDays(-12),
                Notes = "Applied through a friend's referral.",
            },
        ],
    };
}
