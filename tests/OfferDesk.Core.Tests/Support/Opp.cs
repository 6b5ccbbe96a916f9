namespace OfferDesk.Core.Tests.Support;

/// <summary>
/// Opportunities to put in a test search, one factory per stage. The company is named after the
/// id ("acme" is "Acme Corp"), so a test can say which company a script should or should not name.
/// </summary>
public static class Opp
{
    public static Opportunity Applied(string id) => New(id, Stage.Applied);

    public static Opportunity Interviewing(string id) => New(id, Stage.Interviewing);

    /// <summary>A held offer (stage offer), written unless told otherwise, with no deadline.</summary>
    public static Opportunity Offer(string id, OfferStatus status = OfferStatus.Written, DateOnly? deadline = null)
    {
        var o = New(id, Stage.Offer);
        o.Offer = new Offer { Status = status, Deadline = deadline };
        return o;
    }

    /// <summary>An accepted offer; signed with a start date (a solid acceptance) unless told otherwise.</summary>
    public static Opportunity Accepted(string id, OfferStatus status = OfferStatus.Signed, bool withStartDate = true)
    {
        var o = New(id, Stage.Accepted);
        o.Offer = new Offer { Status = status, StartDate = withStartDate ? Day.In(30) : null };
        return o;
    }

    public static Opportunity InStage(string id, Stage stage) => New(id, stage);

    public static string CompanyOf(string id) => char.ToUpperInvariant(id[0]) + id[1..] + " Corp";

    private static Opportunity New(string id, Stage stage) => new() { Id = id, Company = CompanyOf(id), Stage = stage };
}

/// <summary>Fluent touches on a test opportunity: each sets one fact and returns the same opportunity.</summary>
public static class OpportunityFacts
{
    public static Opportunity Preferred(this Opportunity o, int rank) => Set(o, () => o.Preference = rank);

    public static Opportunity WouldSayYes(this Opportunity o, bool? yes = true) => Set(o, () => o.WouldAccept = yes);

    public static Opportunity HeardFrom(this Opportunity o, DateOnly day) => Set(o, () => o.LastHeardFrom = day);

    public static Opportunity AppliedAt(this Opportunity o, DateOnly day) => Set(o, () => o.AppliedOn = day);

    public static Opportunity ForRole(this Opportunity o, string role) => Set(o, () => o.Role = role);

    public static Opportunity Steps(this Opportunity o, int? total, int? completed = null) =>
        Set(o, () => o.Process = new Process { TotalSteps = total, CompletedSteps = completed, DecisionBy = o.Process?.DecisionBy });

    public static Opportunity WithContact(this Opportunity o, string name, ContactRole? role = null, string? phone = null,
        string? email = null, string? greeting = null) =>
        Set(o, () => o.Contacts.Add(new Contact { Name = name, Role = role, Phone = phone, Email = email, Greeting = greeting }));

    /// <summary>When the company said it would decide (V8).</summary>
    public static Opportunity DecidingBy(this Opportunity o, DateOnly? day) =>
        Set(o, () => (o.Process ??= new Process()).DecisionBy = day);

    /// <summary>A done interview; thanked unless told otherwise, so it does not ask for a thank-you.</summary>
    public static Opportunity Interviewed(this Opportunity o, DateOnly day, bool? thanked = true) =>
        Set(o, () => o.Interviews.Add(new Interview { At = InterviewTime.OnDate(day), Status = InterviewStatus.Done, ThankYouSent = thanked }));

    public static Opportunity InterviewAt(this Opportunity o, InterviewTime at, InterviewStatus status, bool? thanked = null) =>
        Set(o, () => o.Interviews.Add(new Interview { At = at, Status = status, ThankYouSent = thanked }));

    public static Opportunity InterviewScheduled(this Opportunity o, DateOnly day) =>
        o.InterviewAt(InterviewTime.OnDate(day), InterviewStatus.Scheduled);

    public static Opportunity InterviewCancelled(this Opportunity o, DateOnly day) =>
        o.InterviewAt(InterviewTime.OnDate(day), InterviewStatus.Cancelled);

    public static Opportunity Logged(this Opportunity o, EventKind kind, DateOnly day, CallOutcome? outcome = null) =>
        Set(o, () => o.Events.Add(new Event { On = day, Kind = kind, Outcome = outcome }));

    /// <summary>An accelerate-call with the answer the company gave.</summary>
    public static Opportunity Called(this Opportunity o, DateOnly day, CallOutcome? outcome) =>
        o.Logged(EventKind.AccelerateCall, day, outcome);

    public static Opportunity AnswerBy(this Opportunity o, DateOnly? deadline) => Set(o, () => OfferOf(o).Deadline = deadline);

    public static Opportunity Starting(this Opportunity o, DateOnly? startDate) => Set(o, () => OfferOf(o).StartDate = startDate);

    public static Opportunity Paying(this Opportunity o, decimal baseSalary, string? currency = "USD") =>
        Set(o, () => { OfferOf(o).BaseSalary = baseSalary; OfferOf(o).Currency = currency; });

    public static Opportunity FallingShortOn(this Opportunity o, params Shortfall[] shortfalls) =>
        Set(o, () => OfferOf(o).Shortfalls.AddRange(shortfalls));

    /// <summary>An offer on its way (status expected), allowed on an applied or interviewing opportunity.</summary>
    public static Opportunity OfferExpected(this Opportunity o) => Set(o, () => o.Offer = new Offer { Status = OfferStatus.Expected });

    private static Offer OfferOf(Opportunity o) => o.Offer ?? throw new InvalidOperationException($"{o.Id} has no offer to change");

    private static Opportunity Set(Opportunity o, Action change)
    {
        change();
        return o;
    }
}
