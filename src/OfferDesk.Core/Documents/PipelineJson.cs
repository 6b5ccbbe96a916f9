using System.Text;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace OfferDesk.Core.Documents;

/// <summary>
/// Reads and writes the pipeline document (PLAYBOOK section 1). Reading walks the JSON by hand so
/// that every problem is reported at once, each with its path, instead of stopping at the first.
/// </summary>
public static class PipelineJson
{
    public static ParseResult Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return new ParseResult(null, [new Problem("", "the document is empty: expected a JSON object")]);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, column {e.BytePositionInLine + 1})" : "";
            return new ParseResult(null, [new Problem("", $"not valid JSON{where}")]);
        }
        using (doc)
        {
            var reader = new Reader();
            var pipeline = reader.ReadPipeline(doc.RootElement);
            // The document's rules run even when some fields did not read, so every problem is
            // reported at once (PipelineRules.CheckWith says how the two are put together).
            var problems = pipeline is null ? reader.Problems : PipelineRules.CheckWith(reader.Problems, pipeline);
            return problems.Count == 0
                ? new ParseResult(pipeline, [])
                : new ParseResult(null, problems);
        }
    }

    public static string Serialize(Pipeline pipeline, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Json.Encoder }))
            Write(w, pipeline);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Pipeline p)
    {
        w.WriteStartObject();
        w.WriteNumber("version", p.Version);
        if (p.Today is { } today) w.WriteString("today", Wording.Date(today));
        w.WriteStartObject("candidate");
        w.WriteString("employment", Wording.Code(p.Candidate.Employment));
        if (p.Candidate.Name is { } name) w.WriteString("name", name);
        if (p.Candidate.TimeZone is { } zone) w.WriteString("timeZone", zone);
        w.WriteEndObject();
        w.WriteStartArray("opportunities");
        foreach (var o in p.Opportunities) WriteOpportunity(w, o);
        w.WriteEndArray();
        // Optional, and left out when empty: a search that never weighed offers reads and writes as before.
        if (p.WhatMatters.Count > 0)
        {
            w.WriteStartArray("whatMatters");
            foreach (var m in p.WhatMatters)
            {
                w.WriteStartObject();
                w.WriteString("name", m.Name);
                w.WriteNumber("weight", m.Weight);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (p.ExchangeRates.Count > 0)
        {
            w.WriteStartArray("exchangeRates");
            foreach (var r in p.ExchangeRates)
            {
                w.WriteStartObject();
                w.WriteString("from", r.From);
                w.WriteString("to", r.To);
                w.WriteNumber("rate", r.Rate);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteOpportunity(Utf8JsonWriter w, Opportunity o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("company", o.Company);
        Opt(w, "role", o.Role);
        if (o.Preference is { } pref) w.WriteNumber("preference", pref);
        w.WriteString("stage", Wording.Code(o.Stage));
        OptDate(w, "appliedOn", o.AppliedOn);
        OptDate(w, "lastHeardFrom", o.LastHeardFrom);
        if (o.WouldAccept is { } wa) w.WriteBoolean("wouldAccept", wa);
        if (o.Process is { } pr)
        {
            w.WriteStartObject("process");
            if (pr.TotalSteps is { } t) w.WriteNumber("totalSteps", t);
            if (pr.CompletedSteps is { } c) w.WriteNumber("completedSteps", c);
            OptDate(w, "decisionBy", pr.DecisionBy);
            w.WriteEndObject();
        }
        if (o.Contacts.Count > 0)
        {
            w.WriteStartArray("contacts");
            foreach (var c in o.Contacts)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                if (c.Role is { } r) w.WriteString("role", Wording.Code(r));
                Opt(w, "phone", c.Phone);
                Opt(w, "email", c.Email);
                Opt(w, "greeting", c.Greeting);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (o.Interviews.Count > 0)
        {
            w.WriteStartArray("interviews");
            foreach (var i in o.Interviews)
            {
                w.WriteStartObject();
                w.WriteString("at", i.At.ToString());
                Opt(w, "kind", i.Kind);
                w.WriteString("status", Wording.Code(i.Status));
                if (i.ThankYouSent is { } ty) w.WriteBoolean("thankYouSent", ty);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (o.Offer is { } f)
        {
            w.WriteStartObject("offer");
            w.WriteString("status", Wording.Code(f.Status));
            OptDate(w, "deadline", f.Deadline);
            OptDate(w, "startDate", f.StartDate);
            Opt(w, "title", f.Title);
            OptNumber(w, "baseSalary", f.BaseSalary);
            Opt(w, "currency", f.Currency);
            OptNumber(w, "bonusTargetPercent", f.BonusTargetPercent);
            OptNumber(w, "signingBonus", f.SigningBonus);
            OptNumber(w, "equityPerYear", f.EquityPerYear);
            OptNumber(w, "grantValue", f.GrantValue);
            if (f.VestingYears is { } vy) w.WriteNumber("vestingYears", vy);
            if (f.CliffMonths is { } cm) w.WriteNumber("cliffMonths", cm);
            if (f.VestingSplit.Count > 0)
            {
                w.WriteStartArray("vestingSplit");
                foreach (var share in f.VestingSplit) w.WriteNumberValue(share);
                w.WriteEndArray();
            }
            if (f.Ratings.Count > 0)
            {
                w.WriteStartArray("ratings");
                foreach (var r in f.Ratings)
                {
                    w.WriteStartObject();
                    w.WriteString("matter", r.Matter);
                    w.WriteNumber("rating", r.Rating);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (f.Shortfalls.Count > 0)
            {
                w.WriteStartArray("shortfalls");
                foreach (var s in f.Shortfalls) w.WriteStringValue(Wording.Code(s));
                w.WriteEndArray();
            }
            if (f.PtoDays is { } pto) w.WriteNumber("ptoDays", pto);
            if (f.Workplace is { } wp) w.WriteString("workplace", Wording.Code(wp));
            Opt(w, "location", f.Location);
            Opt(w, "note", f.Note);
            w.WriteEndObject();
        }
        if (o.Events.Count > 0)
        {
            w.WriteStartArray("events");
            foreach (var e in o.Events)
            {
                w.WriteStartObject();
                w.WriteString("on", Wording.Date(e.On));
                w.WriteString("kind", Wording.Code(e.Kind));
                if (e.Outcome is { } oc) w.WriteString("outcome", Wording.Code(oc));
                Opt(w, "note", e.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Opt(w, "notes", o.Notes);
        w.WriteEndObject();
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void OptDate(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } d) w.WriteString(name, Wording.Date(d));
    }

    private static void OptNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } n) w.WriteNumber(name, n);
    }

    /// <summary>
    /// Walks one document, collecting problems as it goes. A stored search is read on every first
    /// page after a change, so the walk allocates little beyond the search itself: each object's
    /// properties are matched against its known names as UTF-8, duplicates are found with a bit
    /// set, and a path is written out only for a problem.
    /// </summary>
    private sealed class Reader
    {
        public List<Problem> Problems { get; } = [];

        // One slot buffer per depth: the root, then an opportunity or the candidate, then an
        // opportunity's process, contacts, interviews, offer or events (read one after another).
        // An offer's ratings, the one list of objects inside a list item, take a fourth.
        private readonly JsonElement[][] _slots = [new JsonElement[Names.Max], new JsonElement[Names.Max], new JsonElement[Names.Max], new JsonElement[Names.Max]];

        private void Fail(Loc at, string message) => Problems.Add(new Problem(at.ToString(), message));

        private void Fail(string path, string message) => Problems.Add(new Problem(path, message));

        private static readonly Names RootNames = new("version", "today", "candidate", "opportunities", "whatMatters", "exchangeRates");
        private static readonly Names CandidateNames = new("employment", "name", "timeZone");
        private static readonly Names OpportunityNames = new("id", "company", "role", "preference", "stage", "appliedOn",
            "lastHeardFrom", "wouldAccept", "process", "contacts", "interviews", "offer", "events", "notes");
        private static readonly Names ProcessNames = new("totalSteps", "completedSteps", "decisionBy");
        private static readonly Names ContactNames = new("name", "role", "phone", "email", "greeting");
        private static readonly Names InterviewNames = new("at", "kind", "status", "thankYouSent");
        private static readonly Names OfferNames = new("status", "deadline", "startDate", "title", "baseSalary",
            "currency", "bonusTargetPercent", "signingBonus", "equityPerYear", "shortfalls", "ptoDays", "workplace", "location", "note",
            "grantValue", "vestingYears", "cliffMonths", "vestingSplit", "ratings");
        private static readonly Names MatterNames = new("name", "weight");
        private static readonly Names RateNames = new("from", "to", "rate");
        private static readonly Names RatingNames = new("matter", "rating");
        private static readonly Names EventNames = new("on", "kind", "outcome", "note");

        public Pipeline? ReadPipeline(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail("", $"expected a JSON object, found {Kind(root)}");
                return null;
            }
            var p = new Pipeline();
            var obj = new Obj(this, root, default, RootNames, _slots[0]);
            p.Version = obj.Int("version", required: true) ?? 1;
            p.Today = obj.Date("today");
            if (obj.Get("candidate") is { } cand && ExpectObject(cand, new Loc("candidate")))
            {
                var c = new Obj(this, cand, new Loc("candidate"), CandidateNames, _slots[1]);
                p.Candidate.Employment = c.Enum<Employment>("employment") ?? Employment.Employed;
                p.Candidate.Name = c.String("name");
                p.Candidate.TimeZone = c.String("timeZone");
            }
            if (obj.Get("opportunities", required: true) is { } opps && ExpectArray(opps, new Loc("opportunities")))
            {
                p.Opportunities = new List<Opportunity>(opps.GetArrayLength());
                var i = 0;
                foreach (var item in opps.EnumerateArray())
                {
                    var at = new Loc("opportunities", i++);
                    if (ExpectObject(item, at)) p.Opportunities.Add(ReadOpportunity(item, at));
                }
            }
            p.WhatMatters = RootItems(obj, "whatMatters", MatterNames, static (c, _) => new Matter
            {
                Name = c.String("name", required: true) ?? "",
                Weight = c.Int("weight", required: true) ?? 0,
            });
            p.ExchangeRates = RootItems(obj, "exchangeRates", RateNames, static (c, _) => new ExchangeRate
            {
                From = c.String("from", required: true) ?? "",
                To = c.String("to", required: true) ?? "",
                Rate = c.Money("rate", required: true) ?? 0,
            });
            return p;
        }

        private Opportunity ReadOpportunity(JsonElement el, Loc at)
        {
            var obj = new Obj(this, el, at, OpportunityNames, _slots[1]);
            var o = new Opportunity
            {
                Id = obj.String("id", required: true) ?? "",
                Company = obj.String("company", required: true) ?? "",
                Role = obj.String("role"),
                Preference = obj.Int("preference"),
                Stage = obj.Enum<Stage>("stage", required: true) ?? Stage.Applied,
                AppliedOn = obj.Date("appliedOn"),
                LastHeardFrom = obj.Date("lastHeardFrom"),
                WouldAccept = obj.Bool("wouldAccept"),
                Notes = obj.String("notes"),
            };
            var inner = _slots[2];
            if (obj.Get("process") is { } pr && ExpectObject(pr, at.Child("process")))
            {
                var po = new Obj(this, pr, at.Child("process"), ProcessNames, inner);
                o.Process = new Process { TotalSteps = po.Int("totalSteps"), CompletedSteps = po.Int("completedSteps"), DecisionBy = po.Date("decisionBy") };
            }
            o.Contacts = Items(obj, at, "contacts", ContactNames, ReadContact);
            o.Interviews = Items(obj, at, "interviews", InterviewNames, ReadInterview);
            if (obj.Get("offer") is { } of && ExpectObject(of, at.Child("offer")))
            {
                var c = new Obj(this, of, at.Child("offer"), OfferNames, inner);
                o.Offer = new Offer
                {
                    Status = c.Enum<OfferStatus>("status", required: true) ?? OfferStatus.Expected,
                    Deadline = c.Date("deadline"),
                    StartDate = c.Date("startDate"),
                    Title = c.String("title"),
                    BaseSalary = c.Money("baseSalary"),
                    Currency = c.String("currency"),
                    BonusTargetPercent = c.Money("bonusTargetPercent"),
                    SigningBonus = c.Money("signingBonus"),
                    EquityPerYear = c.Money("equityPerYear"),
                    GrantValue = c.Money("grantValue"),
                    VestingYears = c.Int("vestingYears"),
                    CliffMonths = c.Int("cliffMonths"),
                    PtoDays = c.Int("ptoDays"),
                    Workplace = c.Enum<Workplace>("workplace"),
                    Location = c.String("location"),
                    Note = c.String("note"),
                };
                if (c.Get("shortfalls") is { } sf && ExpectArray(sf, at.Child("offer", -1, "shortfalls")))
                {
                    var i = 0;
                    foreach (var s in sf.EnumerateArray())
                        if (EnumValue<Shortfall>(s, at.Child("offer", -1, "shortfalls", i++)) is { } value) o.Offer.Shortfalls.Add(value);
                }
                if (c.Get("vestingSplit") is { } vs && ExpectArray(vs, at.Child("offer", -1, "vestingSplit")))
                {
                    var i = 0;
                    foreach (var share in vs.EnumerateArray())
                    {
                        if (share.ValueKind == JsonValueKind.Number && share.TryGetDecimal(out var d)) o.Offer.VestingSplit.Add(d);
                        else Fail(at.Child("offer", -1, "vestingSplit", i), $"expected a number (a percentage), found {Kind(share)}");
                        i++;
                    }
                }
                if (c.Get("ratings") is { } rs && ExpectArray(rs, at.Child("offer", -1, "ratings")))
                {
                    o.Offer.Ratings = new List<OfferRating>(rs.GetArrayLength());
                    var i = 0;
                    foreach (var item in rs.EnumerateArray())
                    {
                        var where = at.Child("offer", -1, "ratings", i++);
                        if (!ExpectObject(item, where)) continue;
                        var r = new Obj(this, item, where, RatingNames, _slots[3]);
                        o.Offer.Ratings.Add(new OfferRating { Matter = r.String("matter", required: true) ?? "", Rating = r.Int("rating", required: true) ?? 0 });
                    }
                }
            }
            o.Events = Items(obj, at, "events", EventNames, ReadEvent);
            return o;
        }

        /// <summary>A list of objects at the document's root (what matters, exchange rates).</summary>
        private List<T> RootItems<T>(Obj obj, string name, Names names, Func<Obj, Loc, T> read)
        {
            if (obj.Get(name) is not { } arr || !ExpectArray(arr, new Loc(name))) return [];
            var list = new List<T>(arr.GetArrayLength());
            var i = 0;
            foreach (var item in arr.EnumerateArray())
            {
                var where = new Loc(name, i++);
                if (ExpectObject(item, where)) list.Add(read(new Obj(this, item, where, names, _slots[1]), where));
            }
            return list;
        }

        /// <summary>An opportunity's list of objects (contacts, interviews, events), each read by <paramref name="read"/>.</summary>
        private List<T> Items<T>(Obj obj, Loc at, string name, Names names, Func<Obj, Loc, T> read)
        {
            if (obj.Get(name) is not { } arr || !ExpectArray(arr, at.Child(name))) return [];
            var list = new List<T>(arr.GetArrayLength());
            var i = 0;
            foreach (var item in arr.EnumerateArray())
            {
                var where = at.Child(name, i++);
                if (ExpectObject(item, where)) list.Add(read(new Obj(this, item, where, names, _slots[2]), where));
            }
            return list;
        }

        private static readonly Func<Obj, Loc, Contact> ReadContact = static (c, _) => new Contact
        {
            Name = c.String("name", required: true) ?? "",
            Role = c.Enum<ContactRole>("role"),
            Phone = c.String("phone"),
            Email = c.String("email"),
            Greeting = c.String("greeting"),
        };

        private static readonly Func<Obj, Loc, Interview> ReadInterview = static (c, where) =>
        {
            var interview = new Interview
            {
                Kind = c.String("kind"),
                Status = c.Enum<InterviewStatus>("status") ?? InterviewStatus.Scheduled,
                ThankYouSent = c.Bool("thankYouSent"),
            };
            if (c.String("at", required: true) is { } when)
            {
                if (InterviewTime.TryParse(when, out var time)) interview.At = time;
                else c.Fail("at", $"\"{Clip(when)}\" is not a date (YYYY-MM-DD) or a date-time with an offset (2026-11-18T15:00:00-06:00)");
            }
            return interview;
        };

        private static readonly Func<Obj, Loc, Event> ReadEvent = static (c, _) => new Event
        {
            On = c.Date("on", required: true) ?? default,
            Kind = c.Enum<EventKind>("kind", required: true) ?? EventKind.Note,
            Outcome = c.Enum<CallOutcome>("outcome"),
            Note = c.String("note"),
        };

        /// <summary>A code of <typeparamref name="T"/> at <paramref name="at"/> (or at its property <paramref name="field"/>).</summary>
        public T? EnumValue<T>(JsonElement el, Loc at, string? field = null) where T : struct, Enum
        {
            if (el.ValueKind != JsonValueKind.String)
            {
                Fail(field is null ? at.ToString() : at.Field(field), $"expected a string, found {Kind(el)}");
                return null;
            }
            var s = Text(el) ?? "";
            if (Wording.TryParse<T>(s, out var v)) return v;
            Fail(field is null ? at.ToString() : at.Field(field), $"\"{s}\" is not one of {string.Join(", ", Wording.Codes<T>())}");
            return null;
        }

        public bool ExpectObject(JsonElement el, Loc at)
        {
            if (el.ValueKind == JsonValueKind.Object) return true;
            Fail(at, $"expected an object, found {Kind(el)}");
            return false;
        }

        public bool ExpectArray(JsonElement el, Loc at)
        {
            if (el.ValueKind == JsonValueKind.Array) return true;
            Fail(at, $"expected an array, found {Kind(el)}");
            return false;
        }

        /// <summary>A JSON string's value; null when it escapes half a surrogate pair, which no UTF-8 can carry.</summary>
        public static string? Text(JsonElement el)
        {
            try
            {
                return el.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        public static string Kind(JsonElement el) => el.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => Text(el) is { } s ? $"the string \"{Clip(s)}\"" : "a string",
            JsonValueKind.Number => $"the number {el.GetRawText()}",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "null",
        };

        private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

        /// <summary>
        /// Where an object or value is in the document, written out only when a problem needs it:
        /// <c>{Name}[{Index}].{Sub}[{SubIndex}].{Leaf}[{LeafIndex}]</c>, each part optional.
        /// </summary>
        public readonly record struct Loc(string? Name, int Index = -1, string? Sub = null, int SubIndex = -1, string? Leaf = null, int LeafIndex = -1)
        {
            public Loc Child(string sub, int index = -1, string? leaf = null, int leafIndex = -1) => this with { Sub = sub, SubIndex = index, Leaf = leaf, LeafIndex = leafIndex };

            public string Field(string name) => Name is null ? name : $"{this}.{name}";

            public override string ToString()
            {
                if (Name is null) return "";
                var b = new StringBuilder(Name);
                Part(b, null, Index);
                Part(b, Sub, SubIndex);
                Part(b, Leaf, LeafIndex);
                return b.ToString();
            }

            private static void Part(StringBuilder b, string? name, int index)
            {
                if (name is not null) b.Append('.').Append(name);
                if (index >= 0) b.Append('[').Append(index).Append(']');
            }
        }

        /// <summary>The property names an object may have, as text and as UTF-8 to match without allocating.</summary>
        private sealed class Names
        {
            public const int Max = 24;
            public readonly string[] Text;
            public readonly byte[][] Utf8;

            public Names(params string[] names)
            {
                if (names.Length > Max) throw new ArgumentException("too many names for one object", nameof(names));
                Text = names;
                Utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
            }

            public int Match(JsonProperty prop)
            {
                for (var i = 0; i < Utf8.Length; i++)
                    if (prop.NameEquals(Utf8[i])) return i;
                return -1;
            }

            // Names are the literals of this class, so the reference check finds them at once.
            public int IndexOf(string name)
            {
                for (var i = 0; i < Text.Length; i++)
                    if (ReferenceEquals(Text[i], name) || Text[i] == name) return i;
                throw new ArgumentException($"\"{name}\" is not a known property here", nameof(name));
            }
        }

        /// <summary>One JSON object: reports unknown and repeated properties, then reads known ones by name.</summary>
        private readonly struct Obj
        {
            private readonly Reader _r;
            private readonly Names _names;
            private readonly JsonElement[] _values;
            public Loc At { get; }

            public Obj(Reader r, JsonElement el, Loc at, Names names, JsonElement[] slots)
            {
                _r = r;
                _names = names;
                _values = slots;
                At = at;
                Array.Clear(slots);
                var seen = 0;
                foreach (var prop in el.EnumerateObject())
                {
                    var k = names.Match(prop);
                    if (k < 0)
                        r.Fail(at.Field(prop.Name), "unknown property");
                    else if ((seen & (1 << k)) != 0)
                        r.Fail(at.Field(prop.Name), "given more than once");
                    else
                    {
                        seen |= 1 << k;
                        slots[k] = prop.Value;
                    }
                }
            }

            /// <summary>A problem with this object's property <paramref name="name"/>.</summary>
            public void Fail(string name, string message) => _r.Fail(At.Field(name), message);

            public JsonElement? Get(string name, bool required = false)
            {
                var v = _values[_names.IndexOf(name)];
                if (v.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)) return v;
                if (required) _r.Fail(At.Field(name), v.ValueKind == JsonValueKind.Null ? "is required and may not be null" : "is required");
                return null;
            }

            public string? String(string name, bool required = false)
            {
                if (Get(name, required) is not { } v) return null;
                if (v.ValueKind != JsonValueKind.String)
                {
                    _r.Fail(At.Field(name), $"expected a string, found {Kind(v)}");
                    return null;
                }
                // Limits and allowed characters are the rules' (PipelineRules): here, only the type.
                if (Text(v) is { } s) return s;
                _r.Fail(At.Field(name), "contains a broken character (half of a pair): retype it");
                return null;
            }

            public int? Int(string name, bool required = false)
            {
                if (Get(name, required) is not { } v) return null;
                if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
                _r.Fail(At.Field(name), v.ValueKind == JsonValueKind.Number ? $"{v.GetRawText()} is not a whole number" : $"expected a whole number, found {Kind(v)}");
                return null;
            }

            public decimal? Money(string name, bool required = false)
            {
                if (Get(name, required) is not { } v) return null;
                if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return d;
                _r.Fail(At.Field(name), $"expected a number, found {Kind(v)}");
                return null;
            }

            public bool? Bool(string name)
            {
                if (Get(name) is not { } v) return null;
                if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
                _r.Fail(At.Field(name), $"expected true or false, found {Kind(v)}");
                return null;
            }

            public DateOnly? Date(string name, bool required = false)
            {
                if (Get(name, required) is not { } v) return null;
                if (v.ValueKind != JsonValueKind.String)
                {
                    _r.Fail(At.Field(name), $"expected a string, found {Kind(v)}");
                    return null;
                }
                // The common case, read from the UTF-8 without making a string of it.
                if (TryDate(JsonMarshal.GetRawUtf8Value(v), out var quick)) return quick;
                if (String(name, required) is not { } s) return null;
                if (Wording.TryParseDate(s, out var d)) return d;
                _r.Fail(At.Field(name), $"\"{Clip(s)}\" is not a date (YYYY-MM-DD)");
                return null;
            }

            public T? Enum<T>(string name, bool required = false) where T : struct, System.Enum =>
                Get(name, required) is { } v ? _r.EnumValue<T>(v, At, name) : null;

            /// <summary>A raw JSON string <c>"YYYY-MM-DD"</c> with no escapes, read as <see cref="Wording.TryParseDate"/> would.</summary>
            private static bool TryDate(ReadOnlySpan<byte> raw, out DateOnly date)
            {
                date = default;
                if (raw.Length != 12 || raw[0] != '"' || raw[11] != '"' || raw[5] != '-' || raw[8] != '-') return false;
                var year = Digits(raw.Slice(1, 4));
                var month = Digits(raw.Slice(6, 2));
                var day = Digits(raw.Slice(9, 2));
                if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
                date = new DateOnly(year, month, day);
                return true;
            }

            private static int Digits(ReadOnlySpan<byte> span)
            {
                var n = 0;
                foreach (var c in span)
                {
                    if (c is < (byte)'0' or > (byte)'9') return -1;
                    n = n * 10 + (c - '0');
                }
                return n;
            }
        }
    }
}
