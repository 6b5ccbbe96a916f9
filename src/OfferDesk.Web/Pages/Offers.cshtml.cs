using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Comparison;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class OffersModel(Desk desk) : PageModel
{
    public IReadOnlyList<OfferSummary> Offers { get; private set; } = [];
    public DeskView View { get; private set; } = null!;

    /// <summary>Four years of money, what matters and the number that flips it (Core's, as the API and CLI give it).</summary>
    public Weighing Weighing { get; private set; } = null!;

    /// <summary>The weighing form as shown: from the search, or as typed when a save was refused.</summary>
    public WeighInput Input { get; private set; } = new();

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>The offer itself, for what the comparison does not weigh: days off, workplace, location, a note.</summary>
    public Offer? OfferOf(string id) => View.Pipeline.Find(id)?.Offer;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = WeighInput.From(View.Pipeline, Weighing);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        Offers = OfferComparison.Compare(View.Pipeline);
        Weighing = OfferWeighing.Weigh(View.Pipeline);
    }

    /// <summary>Saves the grants, the rates, what matters and the ratings in one go; a refused save keeps everything typed.</summary>
    public async Task<IActionResult> OnPostWeighAsync(WeighInput input, int? version, CancellationToken ct)
    {
        var numbers = NumberLocale.From(Request.Headers.AcceptLanguage);
        var result = await desk.EditAsync(version, p => Apply(p, input, numbers), ct);
        if (result.Saved)
        {
            TempData["Flash"] = "Saved. Your offers are weighed with it below.";
            return RedirectToPage(null, null, "weighed");
        }
        await LoadAsync(ct);
        Input = input;
        Problems = result.Problems;
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    // Where each document path a save touched sits on this form, for the list of problems.
    private readonly Dictionary<string, ProblemField> _fields = new(StringComparer.Ordinal);

    /// <summary>The label and input of a problem's path on this form.</summary>
    public ProblemField? Field(string path) =>
        _fields.TryGetValue(path, out var f) ? f
        : _fields.FirstOrDefault(kv => path.StartsWith(kv.Key + ".", StringComparison.Ordinal) || path.StartsWith(kv.Key + "[", StringComparison.Ordinal)).Value
          ?? (DocumentFields.Label(path) is { } label ? new ProblemField(label, null) : null);

    /// <summary>The form's problem at an input, if any (by the input's id).</summary>
    public string? ErrorAt(string inputId)
    {
        foreach (var p in Problems)
            if (Field(p.Path)?.InputId == inputId) return p.Message;
        return null;
    }

    private IReadOnlyList<Problem> Apply(Pipeline p, WeighInput input, NumberLocale numbers)
    {
        var problems = new List<Problem>();
        var compared = OfferWeighing.Weigh(p).Currency;

        foreach (var g in input.Grants)
        {
            var i = p.Opportunities.FindIndex(o => o.Id == g.Id);
            if (i < 0 || p.Opportunities[i].Offer is not { } offer) continue;
            var company = p.Opportunities[i].Company;
            var at = $"opportunities[{i}].offer.";
            _fields[at + "grantValue"] = new($"{company}: equity grant", $"grant-{g.Id}");
            _fields[at + "vestingYears"] = new($"{company}: vests over (years)", $"years-{g.Id}");
            _fields[at + "cliffMonths"] = new($"{company}: cliff (months)", $"cliff-{g.Id}");
            _fields[at + "vestingSplit"] = new($"{company}: yearly split", $"split-{g.Id}");
            var reading = MoneyText.Read(g.Value, offer.Currency, numbers);
            if (reading.Problem is { } money) problems.Add(new(at + "grantValue", money));
            var years = Whole(g.Years, at + "vestingYears", "years", problems);
            var cliff = Whole(g.Cliff, at + "cliffMonths", "months", problems);
            var split = Split(g.Split, at + "vestingSplit", problems);
            if (reading.Amount is null && reading.Problem is null && (years is not null || cliff is not null || split.Count > 0))
                problems.Add(new(at + "grantValue", "give the grant's whole value too, or clear its years, cliff and split"));
            offer.SetGrant(reading.Amount, years, cliff, split);
        }

        if (compared is not null)
            foreach (var (currency, text) in input.Rates)
            {
                if (currency.Length != 3 || currency == compared || !currency.All(char.IsAsciiLetterUpper)) continue;
                var rate = Rate(text, $"rates.{currency}", problems);
                if (problems.Any(x => x.Path == $"rates.{currency}")) _fields[$"rates.{currency}"] = new($"1 {currency} in {compared}", $"rate-{currency}");
                p.SetRate(currency, compared, rate);
                var r = p.ExchangeRates.FindIndex(x => x.From == currency && x.To == compared);
                if (r >= 0) _fields[$"exchangeRates[{r}]"] = new($"1 {currency} in {compared}", $"rate-{currency}");
            }

        var rows = new List<(int Row, string Name, int Weight)>();
        for (var row = 0; row < input.Matters.Count; row++)
        {
            var m = input.Matters[row];
            if (string.IsNullOrWhiteSpace(m.Name)) continue;
            var weight = int.TryParse(m.Weight, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : -1;
            _fields[$"whatMatters[{rows.Count}]"] = new($"What matters, line {row + 1}", $"matter-{row}");
            _fields[$"whatMatters[{rows.Count}].weight"] = new($"How much \"{m.Name.Trim()}\" matters", $"weight-{row}");
            if (weight is < 0 or > Limits.MaxWeight) problems.Add(new($"whatMatters[{rows.Count}].weight", "choose how much it matters, from 0 to 5"));
            rows.Add((row, m.Name, Math.Clamp(weight, 0, Limits.MaxWeight)));
        }
        p.SetWhatMatters([.. rows.Select(r => (r.Name, r.Weight))]);

        // Every offer on the form is rated afresh from it; offers not shown keep theirs.
        foreach (var id in input.Grants.Select(g => g.Id).Distinct())
        {
            var i = p.Opportunities.FindIndex(o => o.Id == id);
            if (i < 0 || p.Opportunities[i].Offer is not { } offer) continue;
            offer.Ratings.Clear();
            foreach (var (row, name, _) in rows)
            {
                var text = input.Matters[row].Ratings.GetValueOrDefault(id);
                if (string.IsNullOrWhiteSpace(text)) continue;
                _fields[$"opportunities[{i}].offer.ratings[{offer.Ratings.Count}]"] = new($"{p.Opportunities[i].Company} on \"{name.Trim()}\"", $"rating-{row}-{id}");
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) || rating is < Limits.MinRating or > Limits.MaxRating)
                    problems.Add(new($"opportunities[{i}].offer.ratings[{offer.Ratings.Count}].rating", "choose a rating from 1 to 5, or leave it blank"));
                else offer.Rate(name.Trim(), rating);
            }
        }
        return problems;
    }

    private static int? Whole(string? text, string path, string unit, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        problems.Add(new(path, $"\"{text.Trim()}\" is not a whole number of {unit}"));
        return null;
    }

    /// <summary>"5/15/40/40", "5, 15, 40, 40" or "25% 25% 25% 25%": the yearly shares, in percent.</summary>
    public static List<decimal> Split(string? text, string path, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var shares = new List<decimal>();
        foreach (var part in text.Split(['/', ',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = part.Trim().TrimEnd('%');
            if (decimal.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) shares.Add(d);
            else
            {
                problems.Add(new(path, $"\"{part}\" is not a percentage: write the yearly shares like 5/15/40/40, or leave it empty for an even split"));
                return [];
            }
        }
        return shares;
    }

    /// <summary>A rate as typed: 1.08 or 1,08 (no thousands marks: a rate is not an amount).</summary>
    public static decimal? Rate(string? text, string path, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Count(c => c is '.' or ',') <= 1 && decimal.TryParse(t.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d > 0)
            return d;
        problems.Add(new(path, $"\"{t}\" is not a rate: write how much one unit is worth, like 1.08"));
        return null;
    }

    public static string Shortfall(Shortfall s) => s switch
    {
        Core.Model.Shortfall.Title => "the title",
        Core.Model.Shortfall.Money => "money",
        Core.Model.Shortfall.Responsibility => "responsibility",
        Core.Model.Shortfall.Location => "location",
        _ => "something else",
    };
}

/// <summary>The weighing form: each offer's grant, a rate per other currency, and what matters with each offer's ratings.</summary>
public sealed class WeighInput
{
    public List<GrantInput> Grants { get; set; } = [];
    public Dictionary<string, string?> Rates { get; set; } = [];
    public List<MatterInput> Matters { get; set; } = [];

    public sealed class GrantInput
    {
        public string Id { get; set; } = "";
        public string? Value { get; set; }
        public string? Years { get; set; }
        public string? Cliff { get; set; }
        public string? Split { get; set; }
    }

    public sealed class MatterInput
    {
        public string? Name { get; set; }
        public string? Weight { get; set; }
        /// <summary>Offer (opportunity id) to its rating, "1" to "5", or empty for none.</summary>
        public Dictionary<string, string?> Ratings { get; set; } = [];
    }

    private static string? N(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The form filled from the search: what matters (the defaults, each weighted 3, until named), and room to add up to eight.</summary>
    public static WeighInput From(Pipeline p, Weighing w)
    {
        var input = new WeighInput();
        foreach (var o in w.Offers)
        {
            var offer = p.Find(o.Offer.OpportunityId)!.Offer!;
            input.Grants.Add(new GrantInput
            {
                Id = o.Offer.OpportunityId,
                Value = N(offer.GrantValue),
                Years = offer.VestingYears?.ToString(CultureInfo.InvariantCulture),
                Cliff = offer.CliffMonths?.ToString(CultureInfo.InvariantCulture),
                Split = offer.VestingSplit.Count == 0 ? null : string.Join("/", offer.VestingSplit.Select(s => N(s))),
            });
        }
        foreach (var r in p.ExchangeRates)
            if (r.To == w.Currency) input.Rates[r.From] = N(r.Rate) ?? r.Rate.ToString(CultureInfo.InvariantCulture);
            else if (r.From == w.Currency && r.Rate > 0) input.Rates[r.To] = (1m / r.Rate).ToString("0.######", CultureInfo.InvariantCulture);
        IEnumerable<(string, int)> matters = p.WhatMatters.Count > 0
            ? p.WhatMatters.Select(m => (m.Name, m.Weight))
            : Matter.Defaults.Select(d => (d, Matter.DefaultWeight));
        foreach (var (name, weight) in matters)
        {
            var row = new MatterInput { Name = name, Weight = weight.ToString(CultureInfo.InvariantCulture) };
            foreach (var o in w.Offers)
                if (p.Find(o.Offer.OpportunityId)!.Offer!.Ratings.FirstOrDefault(r => string.Equals(r.Matter, name, StringComparison.OrdinalIgnoreCase)) is { } rating)
                    row.Ratings[o.Offer.OpportunityId] = rating.Rating.ToString(CultureInfo.InvariantCulture);
            input.Matters.Add(row);
        }
        while (input.Matters.Count < Limits.Matters) input.Matters.Add(new MatterInput { Weight = Matter.DefaultWeight.ToString(CultureInfo.InvariantCulture) });
        return input;
    }
}
