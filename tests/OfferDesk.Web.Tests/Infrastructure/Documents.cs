using System.Text.Json;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>Pipeline documents the tests upload, and the scenario files.</summary>
public static class Documents
{
    /// <summary>The companies of the example search (POST /?handler=Example).</summary>
    public static readonly string[] ExampleCompanies = ["Northwind Traders", "Bluebird Health", "Contoso Cloud", "Fabrikam Studio"];

    /// <summary>A search of other companies than the example's: an interview done, and an offer.</summary>
    public const string Rival = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Robin Park" },
          "opportunities": [
            {
              "id": "tailspin", "company": "Tailspin Toys", "role": "Toy Engineer", "preference": 1, "stage": "interviewing",
              "appliedOn": "2026-02-20", "lastHeardFrom": "2026-02-27",
              "contacts": [ { "name": "Kim Yu", "role": "recruiter", "email": "kim@tailspin.example" } ],
              "interviews": [ { "at": "2026-02-27", "kind": "onsite", "status": "done", "thankYouSent": true } ]
            },
            {
              "id": "wingtip", "company": "Wingtip Aviation", "preference": 2, "stage": "offer",
              "offer": { "status": "written", "deadline": "2026-03-20", "startDate": "2026-04-20", "baseSalary": 120000, "currency": "USD" }
            }
          ]
        }
        """;

    /// <summary>
    /// Two written offers. acme (top choice, short on money): 120,000 base + 10% bonus + 5,000
    /// signing + 10,000 equity = 147,000 in the first year. beta: 150,000 + 20,000 signing = 170,000.
    /// </summary>
    public const string TwoOffers = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Sam Lee" },
          "opportunities": [
            {
              "id": "acme", "company": "Acme Corp", "preference": 1, "stage": "offer", "wouldAccept": true,
              "contacts": [ { "name": "Dana Ruiz", "role": "hiring-manager", "phone": "+1 555 0100" } ],
              "offer": { "status": "written", "deadline": "2026-03-20", "startDate": "2026-04-20", "baseSalary": 120000, "currency": "USD",
                         "bonusTargetPercent": 10, "signingBonus": 5000, "equityPerYear": 10000, "shortfalls": ["money"] }
            },
            {
              "id": "beta", "company": "Beta Inc", "preference": 2, "stage": "offer", "wouldAccept": true,
              "contacts": [ { "name": "Priya Nair", "role": "recruiter", "email": "priya@beta.example" } ],
              "offer": { "status": "written", "deadline": "2026-03-25", "startDate": "2026-04-27", "baseSalary": 150000, "currency": "USD", "signingBonus": 20000 }
            }
          ]
        }
        """;

    /// <summary>
    /// The endgame with a clash, on the test apps' day (Tuesday 2026-03-10): Bluebird's written offer
    /// must be answered by Friday 13 March; Northwind, the top choice, interviews on Thursday 12 and
    /// said it would decide by Friday 20 March (7 days after the deadline); Contoso, less preferred,
    /// interviews on Monday 16; Fabrikam has no date. With <paramref name="northwindDecides"/> on or
    /// before the 13th, there is no clash.
    /// </summary>
    public static string Endgame(string northwindDecides = "2026-03-20") => $$"""
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Sam Lee" },
          "opportunities": [
            {
              "id": "northwind", "company": "Northwind Traders", "preference": 1, "stage": "interviewing",
              "process": { "decisionBy": "{{northwindDecides}}" },
              "contacts": [ { "name": "Maya Chen", "role": "recruiter", "phone": "+1 555 0101", "email": "maya@northwind.example" } ],
              "interviews": [ { "at": "2026-03-03", "status": "done", "thankYouSent": true }, { "at": "2026-03-12", "status": "scheduled" } ]
            },
            {
              "id": "bluebird", "company": "Bluebird Health", "preference": 2, "stage": "offer", "wouldAccept": true,
              "contacts": [ { "name": "Omar Haddad", "role": "recruiter", "phone": "+1 555 0102" } ],
              "offer": { "status": "written", "deadline": "2026-03-13", "startDate": "2026-04-06", "baseSalary": 118000, "currency": "USD" }
            },
            {
              "id": "contoso", "company": "Contoso Cloud", "preference": 3, "stage": "interviewing",
              "interviews": [ { "at": "2026-03-05", "status": "done", "thankYouSent": true }, { "at": "2026-03-16", "status": "scheduled" } ]
            },
            { "id": "fabrikam", "company": "Fabrikam Studio", "stage": "applied", "appliedOn": "2026-03-02" }
          ]
        }
        """;

    /// <summary>The scenario files copied next to the tests (tests/scenarios/*.json).</summary>
    public static string ScenarioDirectory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static IEnumerable<string> ScenarioFiles() =>
        Directory.EnumerateFiles(ScenarioDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static JsonElement Scenario(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ScenarioDirectory, file))).RootElement.Clone();

    /// <summary>The <c>pipeline</c> of a scenario file, as text.</summary>
    public static string ScenarioPipeline(string file) => Scenario(file).GetProperty("pipeline").GetRawText();
}
