using System.Text;
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

    /// <summary>Walks one document, collecting problems as it goes.</summary>
    private sealed class Reader
    {
        public List<Problem> Problems { get; } = [];

        private void Fail(string path, string message) => Problems.Add(new Problem(path, message));

        public Pipeline? ReadPipeline(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail("", $"expected a JSON object, found {Kind(root)}");
                return null;
            }
            var p = new Pipeline();
            var obj = new Obj(this, root, "", "version", "today", "candidate", "opportunities");
            p.Version = obj.Int("version", required: true) ?? 1;
            p.Today = obj.Date("today");
            if (obj.Get("candidate") is { } cand && ExpectObject(cand, "candidate"))
            {
                var c = new Obj(this, cand, "candidate", "employment", "name", "timeZone");
                p.Candidate.Employment = c.Enum<Employment>("employment") ?? Employment.Employed;
                p.Candidate.Name = c.String("name");
                p.Candidate.TimeZone = c.String("timeZone");
            }
            if (obj.Get("opportunities", required: true) is { } opps && ExpectArray(opps, "opportunities"))
            {
                var i = 0;
                foreach (var item in opps.EnumerateArray())
                {
                    var path = $"opportunities[{i++}]";
                    if (ExpectObject(item, path)) p.Opportunities.Add(ReadOpportunity(item, path));
                }
            }
            return p;
        }

        private Opportunity ReadOpportunity(JsonElement el, string path)
        {
            var obj = new Obj(this, el, path, "id", "company", "role", "preference", "stage", "appliedOn",
                "lastHeardFrom", "wouldAccept", "process", "contacts", "interviews", "offer", "events", "notes");
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
            if (obj.Get("process") is { } pr && ExpectObject(pr, path + ".process"))
            {
                var po = new Obj(this, pr, path + ".process", "totalSteps", "completedSteps");
                o.Process = new Process { TotalSteps = po.Int("totalSteps"), CompletedSteps = po.Int("completedSteps") };
            }
            o.Contacts = Items(obj, "contacts", (e, p) =>
            {
                var c = new Obj(this, e, p, "name", "role", "phone", "email");
                return new Contact
                {
                    Name = c.String("name", required: true) ?? "",
                    Role = c.Enum<ContactRole>("role"),
                    Phone = c.String("phone"),
                    Email = c.String("email"),
                };
            });
            o.Interviews = Items(obj, "interviews", (e, p) =>
            {
                var c = new Obj(this, e, p, "at", "kind", "status", "thankYouSent");
                var interview = new Interview
                {
                    Kind = c.String("kind"),
                    Status = c.Enum<InterviewStatus>("status") ?? InterviewStatus.Scheduled,
                    ThankYouSent = c.Bool("thankYouSent"),
                };
                if (c.String("at", required: true) is { } at)
                {
                    if (InterviewTime.TryParse(at, out var when)) interview.At = when;
                    else Fail(p + ".at", $"\"{Clip(at)}\" is not a date (YYYY-MM-DD) or a date-time with an offset (2026-11-18T15:00:00-06:00)");
                }
                return interview;
            });
            if (obj.Get("offer") is { } of && ExpectObject(of, path + ".offer"))
            {
                var c = new Obj(this, of, path + ".offer", "status", "deadline", "startDate", "title", "baseSalary",
                    "currency", "bonusTargetPercent", "signingBonus", "equityPerYear", "shortfalls", "ptoDays", "workplace", "location", "note");
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
                    PtoDays = c.Int("ptoDays"),
                    Workplace = c.Enum<Workplace>("workplace"),
                    Location = c.String("location"),
                    Note = c.String("note"),
                };
                if (c.Get("shortfalls") is { } sf && ExpectArray(sf, path + ".offer.shortfalls"))
                {
                    var i = 0;
                    foreach (var s in sf.EnumerateArray())
                    {
                        var sp = $"{path}.offer.shortfalls[{i++}]";
                        if (EnumValue<Shortfall>(s, sp) is { } value) o.Offer.Shortfalls.Add(value);
                    }
                }
            }
            o.Events = Items(obj, "events", (e, p) =>
            {
                var c = new Obj(this, e, p, "on", "kind", "outcome", "note");
                return new Event
                {
                    On = c.Date("on", required: true) ?? default,
                    Kind = c.Enum<EventKind>("kind", required: true) ?? EventKind.Note,
                    Outcome = c.Enum<CallOutcome>("outcome"),
                    Note = c.String("note"),
                };
            });
            return o;
        }

        private List<T> Items<T>(Obj obj, string name, Func<JsonElement, string, T> read)
        {
            var list = new List<T>();
            var path = $"{obj.Path}.{name}";
            if (obj.Get(name) is not { } arr || !ExpectArray(arr, path)) return list;
            var i = 0;
            foreach (var item in arr.EnumerateArray())
            {
                var p = $"{path}[{i++}]";
                if (ExpectObject(item, p)) list.Add(read(item, p));
            }
            return list;
        }

        public T? EnumValue<T>(JsonElement el, string path) where T : struct, Enum
        {
            if (el.ValueKind != JsonValueKind.String)
            {
                Fail(path, $"expected a string, found {Kind(el)}");
                return null;
            }
            var s = Text(el) ?? "";
            if (Wording.TryParse<T>(s, out var v)) return v;
            Fail(path, $"\"{s}\" is not one of {string.Join(", ", Wording.Codes<T>())}");
            return null;
        }

        public bool ExpectObject(JsonElement el, string path)
        {
            if (el.ValueKind == JsonValueKind.Object) return true;
            Fail(path, $"expected an object, found {Kind(el)}");
            return false;
        }

        public bool ExpectArray(JsonElement el, string path)
        {
            if (el.ValueKind == JsonValueKind.Array) return true;
            Fail(path, $"expected an array, found {Kind(el)}");
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

        /// <summary>One JSON object: reports unknown properties, then reads known ones by name.</summary>
        private sealed class Obj
        {
            private readonly Reader _r;
            private readonly JsonElement _el;
            public string Path { get; }

            public Obj(Reader r, JsonElement el, string path, params string[] known)
            {
                _r = r;
                _el = el;
                Path = path;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var prop in el.EnumerateObject())
                {
                    if (Array.IndexOf(known, prop.Name) < 0)
                        r.Fail(At(prop.Name), "unknown property");
                    else if (!seen.Add(prop.Name))
                        r.Fail(At(prop.Name), "given more than once");
                }
            }

            private string At(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

            public JsonElement? Get(string name, bool required = false)
            {
                if (_el.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null) return v;
                if (required) _r.Fail(At(name), v.ValueKind == JsonValueKind.Null && _el.TryGetProperty(name, out _) ? "is required and may not be null" : "is required");
                return null;
            }

            public string? String(string name, bool required = false)
            {
                if (Get(name, required) is not { } v) return null;
                if (v.ValueKind != JsonValueKind.String)
                {
                    _r.Fail(At(name), $"expected a string, found {Kind(v)}");
                    return null;
                }
                // Limits and allowed characters are the rules' (PipelineRules): here, only the type.
                if (Text(v) is { } s) return s;
                _r.Fail(At(name), "contains a broken character (half of a pair): retype it");
                return null;
            }

            public int? Int(string name, bool required = false)
            {
                if (Get(name, required) is not { } v) return null;
                if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
                _r.Fail(At(name), v.ValueKind == JsonValueKind.Number ? $"{v.GetRawText()} is not a whole number" : $"expected a whole number, found {Kind(v)}");
                return null;
            }

            public decimal? Money(string name)
            {
                if (Get(name) is not { } v) return null;
                if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return d;
                _r.Fail(At(name), $"expected a number, found {Kind(v)}");
                return null;
            }

            public bool? Bool(string name)
            {
                if (Get(name) is not { } v) return null;
                if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
                _r.Fail(At(name), $"expected true or false, found {Kind(v)}");
                return null;
            }

            public DateOnly? Date(string name, bool required = false)
            {
                if (String(name, required) is not { } s) return null;
                if (Wording.TryParseDate(s, out var d)) return d;
                _r.Fail(At(name), $"\"{Clip(s)}\" is not a date (YYYY-MM-DD)");
                return null;
            }

            public T? Enum<T>(string name, bool required = false) where T : struct, System.Enum =>
                Get(name, required) is { } v ? _r.EnumValue<T>(v, At(name)) : null;
        }
    }
}
