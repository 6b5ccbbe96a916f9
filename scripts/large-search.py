#!/usr/bin/env python3
"""Writes a large, realistic pipeline document (PLAYBOOK section 1) to stdout.

usage: large-search.py [--opportunities 300] [--interviews 600] [--events 2000] [--offers 40] [--today 2026-03-10]
Deterministic (fixed seed), so runs are comparable.
"""
import argparse, datetime, json, random

ap = argparse.ArgumentParser()
ap.add_argument("--opportunities", type=int, default=300)
ap.add_argument("--interviews", type=int, default=600)
ap.add_argument("--events", type=int, default=2000)
ap.add_argument("--offers", type=int, default=40)
ap.add_argument("--today", default=datetime.date.today().isoformat())
a = ap.parse_args()
rnd = random.Random(42)
today = datetime.date.fromisoformat(a.today)
day = lambda n: (today + datetime.timedelta(days=n)).isoformat()
words = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adventure", "Bluebird", "Proseware", "Wingtip", "Margie"]
kinds = ["thank-you", "follow-up", "status-check", "note", "time-request", "commitment-signal"]
opps = []
for i in range(a.opportunities):
    offer = i < a.offers
    o = {
        "id": f"co-{i}", "company": f"{rnd.choice(words)} {i}", "role": rnd.choice(["Engineer", "Staff Engineer", "Tech Lead"]),
        "stage": "offer" if offer else rnd.choice(["applied", "interviewing", "interviewing", "declined", "rejected"]),
        "appliedOn": day(-rnd.randint(5, 60)), "lastHeardFrom": day(-rnd.randint(0, 20)),
        "contacts": [{"name": f"Dana {i}", "role": "hiring-manager", "email": f"dana{i}@example.test"}],
        "interviews": [], "events": [],
    }
    if i < 60: o["preference"] = i + 1
    if rnd.random() < 0.5: o["wouldAccept"] = True
    if offer:
        o["offer"] = {"status": rnd.choice(["verbal", "written", "signed"]), "deadline": day(rnd.randint(-2, 14)),
                      "startDate": day(rnd.randint(20, 60)), "baseSalary": rnd.randint(90, 200) * 1000, "currency": "USD",
                      "bonusTargetPercent": rnd.choice([0, 10, 15]), "signingBonus": rnd.choice([0, 5000, 20000]),
                      "equityPerYear": rnd.choice([0, 10000, 30000])}
        if rnd.random() < 0.3: o["offer"]["shortfalls"] = [rnd.choice(["money", "title", "location"])]
    opps.append(o)
for n in range(a.interviews):
    o = opps[n % len(opps)]
    d = rnd.randint(-30, 14)
    o["interviews"].append({"at": day(d) + "T15:00:00+00:00", "kind": rnd.choice(["phone", "video", "onsite"]),
                            "status": "done" if d < 0 else "scheduled", "thankYouSent": rnd.random() < 0.7})
for n in range(a.events):
    o = opps[rnd.randrange(len(opps))]
    o["events"].append({"on": day(-rnd.randint(0, 40)), "kind": rnd.choice(kinds), "note": f"event {n}"})
for o in opps:
    if not o["interviews"]: del o["interviews"]
    if not o["events"]: del o["events"]
print(json.dumps({"version": 1, "candidate": {"employment": "employed", "name": "Sam Lee"}, "opportunities": opps}))
