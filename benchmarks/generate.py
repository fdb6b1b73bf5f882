"""Seeded generator of a national election cycle: races, candidates, 538-format polls, endorsements, questions.

    python benchmarks/generate.py --out benchmarks/out/national            # 5,000 races, 25,000 candidates,
                                                                             # 1,000,000 poll rows, 100,000 endorsements
    python benchmarks/generate.py --races 600 --out benchmarks/out/small     # a smaller cycle

Writes polls.csv (538's columns), endorsements.csv, and questions.jsonl: generated questions with their ground
truth (intent, entity kind, entity name, race slug), a fifth of them with a typo in the name.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.names import slugify  # noqa: E402

STATES = [
    ("Alabama", "AL"), ("Alaska", "AK"), ("Arizona", "AZ"), ("Arkansas", "AR"), ("California", "CA"),
    ("Colorado", "CO"), ("Connecticut", "CT"), ("Delaware", "DE"), ("Florida", "FL"), ("Georgia", "GA"),
    ("Hawaii", "HI"), ("Idaho", "ID"), ("Illinois", "IL"), ("Indiana", "IN"), ("Iowa", "IA"), ("Kansas", "KS"),
    ("Kentucky", "KY"), ("Louisiana", "LA"), ("Maine", "ME"), ("Maryland", "MD"), ("Massachusetts", "MA"),
    ("Michigan", "MI"), ("Minnesota", "MN"), ("Mississippi", "MS"), ("Missouri", "MO"), ("Montana", "MT"),
    ("Nebraska", "NE"), ("Nevada", "NV"), ("New Hampshire", "NH"), ("New Jersey", "NJ"), ("New Mexico", "NM"),
    ("New York", "NY"), ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "OH"), ("Oklahoma", "OK"),
    ("Oregon", "OR"), ("Pennsylvania", "PA"), ("Rhode Island", "RI"), ("South Carolina", "SC"),
    ("South Dakota", "SD"), ("Tennessee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Vermont", "VT"),
    ("Virginia", "VA"), ("Washington", "WA"), ("West Virginia", "WV"), ("Wisconsin", "WI"), ("Wyoming", "WY"),
]
FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph
Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald
Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George
Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary
Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen
Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack
Catherine Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia
Douglas Victoria Zachary Kelly Peter Lauren Kyle Christina Ethan Joan Walter Evelyn Noah Judith Jeremy Megan
Christian Andrea Keith Cheryl Roger Hannah Terry Jacqueline Gerald Martha Harold Gloria Sean Teresa Austin Ann
Carl Sara Arthur Madison Lawrence Frances Dylan Kathryn Jesse Janice Jordan Jean Bryan Abigail Billy Alice Joe
Julia Bruce Judy Gabriel Sophia Logan Grace Albert Denise Willie Amber Alan Doris Juan Marilyn Wayne Danielle Elijah
Beverly Randy Isabella Roy Theresa Vincent Diana Ralph Natalie Eugene Brittany Russell Charlotte Bobby Marie Mason
Kayla Philip Alexis Louis Lori Ximena Mateo Priya Arjun Mei Wei Hiroshi Yuki Fatima Omar Aisha Kwame Amara Lucia
Diego Sofia Javier Camila Rafael Valentina Ngozi Chidi Anh Minh Ravi Deepa Sanjay Leilani Kai Moana Tariq
Layla""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes
Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson
Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson
Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver
Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley
Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins
Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman
Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin
Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey
Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch
Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson
Acosta Brewer May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa
Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig
Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings
Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson
Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara
Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel
Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey
Francis Griffith Paul Blair Oconnor Cardenas Pacheco Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers
Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill Curry McLaughlin Harmon McGee Gross Doyle Garner
Newton Burgess Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter
Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra""".split()
OFFICES = ["Governor", "U.S. Senate", "Attorney General", "Secretary of State", "State Treasurer"]
ORG_KINDS = [("Teachers Union", "union"), ("Firefighters Association", "union"),
             ("Chamber of Commerce", "organization"),
             ("Gazette", "newspaper"), ("Times", "newspaper"), ("Democratic Party", "party"),
             ("Republican Party", "party"), ("Sierra Club Chapter", "organization"), ("Police Union", "union"),
             ("Nurses Association", "union")]
POLLSTERS = ["Emerson College", "Siena College", "Quinnipiac University", "Marist College", "SurveyUSA",
             "Data for Progress", "Echelon Insights", "YouGov", "Ipsos", "Monmouth University", "Suffolk University",
             "Trafalgar Group", "InsiderAdvantage", "Cygnal", "Public Policy Polling", "Mason-Dixon", "Change Research",
             "Selzer & Co.", "Marquette Law School", "Fox News"]
PARTIES = ["DEM", "REP", "LIB", "GRE", "IND"]


@dataclass
class GeneratedRace:
    slug: str
    name: str
    state: str
    office_type: str
    seat: str
    candidates: list[tuple[str, str]]  # (name, party)


def make_races(rng: random.Random, count: int, per_race: int) -> list[GeneratedRace]:
    """Races across states and offices; every candidate's full name unique, surnames and first names shared."""
    used: set[str] = set()
    races: list[GeneratedRace] = []
    district = 0
    while len(races) < count:
        state, _abbr = STATES[len(races) % len(STATES)]
        slot = len(races) // len(STATES)
        if slot < len(OFFICES):
            office, seat = OFFICES[slot], ""
        else:
            district += 1
            office, seat = ("U.S. House", f"District {slot - len(OFFICES) + 1}")
        name_office = " ".join(p for p in (office, seat) if p)
        slug = slugify(f"{state} {name_office} 2026")
        candidates = []
        for i in range(per_race):
            while True:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if rng.random() < 0.08:
                    name = f"{rng.choice(FIRST)} {rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
                if name not in used:
                    used.add(name)
                    break
            candidates.append((name, PARTIES[i % len(PARTIES)]))
        races.append(GeneratedRace(slug, f"2026 {state} {name_office}", state, office, seat, candidates))
    return races


def make_endorsers(rng: random.Random, races: list[GeneratedRace], count: int) -> list[tuple[str, str]]:
    taken = {c for r in races for c, _ in r.candidates}
    endorsers: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(endorsers) < count:
        if rng.random() < 0.35:
            state, _ = rng.choice(STATES)
            org, kind = rng.choice(ORG_KINDS)
            name = f"{state} {org}" if rng.random() < 0.5 else f"{rng.choice(LAST)} County {org}"
        else:
            name, kind = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["person", "official", "celebrity"])
        if name in seen or name in taken:
            continue
        seen.add(name)
        endorsers.append((name, kind))
    return endorsers


def typo(rng: random.Random, word: str) -> str:
    """One edit (swap, drop, double or replace a letter) inside a name, never its first letter."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0 and word[i + 1] != " " and word[i] != " ":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1 and word[i] != " ":
        return word[:i] + word[i + 1:]
    if kind == 2 and word[i] != " ":
        return word[:i] + word[i] + word[i:]
    letters = "aeiourstnl"
    return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1:] if word[i] != " " else word


def generate(out: Path, races_count: int, per_race: int, polls_per_race: int, endorsements_count: int,
             questions_count: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    races = make_races(rng, races_count, per_race)
    endorsers = make_endorsers(rng, races, max(1, endorsements_count // 3))
    columns = ["poll_id", "question_id", "race", "pollster", "sponsors", "start_date", "end_date", "sample_size",
               "population", "methodology", "url", "cycle", "office_type", "state", "seat_name", "stage",
               "election_date", "candidate_name", "party", "pct"]
    rows = 0
    poll_id = 100000
    with (out / "polls.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for race in races:
            for n in range(polls_per_race):
                poll_id += 1
                month = 1 + n * 10 // max(polls_per_race, 1)
                day = 1 + rng.randrange(27)
                pollster = rng.choice(POLLSTERS)
                sample, population = rng.choice([400, 600, 800, 1000, 1500]), rng.choice(["lv", "rv"])
                shares = [rng.randint(20, 45) for _ in race.candidates[:2]] + [
                    rng.randint(0, 8) for _ in race.candidates[2:]]
                scale = min(1.0, 99 / sum(shares))
                for (name, party), share in zip(race.candidates, shares, strict=True):
                    writer.writerow([
                        poll_id, poll_id * 10, race.slug, pollster, "", f"{month}/{day}/26", f"{month}/{day + 1}/26",
                        sample, population, "Online",
                        f"https://polls.example/{poll_id}", 2026, race.office_type, race.state, race.seat,
                        "general", "11/3/26", name, party, round(share * scale, 1),
                    ])
                    rows += 1
    pairs: set[tuple[int, int]] = set()
    endorsement_rows: list[tuple[str, str, str, str]] = []
    with (out / "endorsements.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["race", "candidate", "endorser", "endorser_type", "date", "source_url", "quote"])
        while len(endorsement_rows) < endorsements_count:
            e, r = rng.randrange(len(endorsers)), rng.randrange(len(races))
            if (e, r) in pairs:
                continue
            pairs.add((e, r))
            race = races[r]
            candidate = rng.choice(race.candidates)[0]
            endorser, kind = endorsers[e]
            endorsement_rows.append((race.slug, candidate, endorser, kind))
            writer.writerow([race.slug, candidate, endorser, kind, f"2026-{1 + rng.randrange(9):02d}-15",
                             f"https://news.example/{len(endorsement_rows)}", ""])
    endorsed = sorted({row[2] for row in endorsement_rows})
    with (out / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(questions_count):
            with_typo = n % 5 == 0
            race = rng.choice(races)
            candidate = rng.choice(race.candidates)[0]
            endorser = rng.choice(endorsed)
            kind = rng.randrange(6)
            name = typo(rng, candidate) if with_typo else candidate
            if kind == 0:
                q = {"question": f"who endorsed {name}", "intent": "endorsements_of", "kind": "candidate",
                     "name": candidate, "asked": name}
            elif kind == 1:
                ename = typo(rng, endorser) if with_typo else endorser
                q = {"question": f"did {ename} endorse anyone", "intent": "endorsements_by", "kind": "endorser",
                     "name": endorser, "asked": ename}
            elif kind == 2:
                q = {"question": f"who is {name}", "intent": "candidate", "kind": "candidate", "name": candidate,
                     "asked": name}
            elif kind == 3:
                q = {"question": f"latest poll in {race.slug}", "intent": "latest_poll", "kind": "race",
                     "name": race.name, "asked": race.slug}
            elif kind == 4:
                q = {"question": f"who is ahead in the {race.name}", "intent": "leader", "kind": "race",
                     "name": race.name, "asked": race.name}
            else:
                q = {"question": f"how is {name} doing in the polls", "intent": "leader", "kind": "candidate",
                     "name": candidate, "asked": name}
            q["typo"] = with_typo
            q["race"] = race.slug
            handle.write(json.dumps(q) + "\n")
    return {"races": len(races), "candidates": sum(len(r.candidates) for r in races), "poll_rows": rows,
            "endorsements": len(endorsement_rows), "endorsers": len(endorsers), "questions": questions_count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/national"))
    parser.add_argument("--races", type=int, default=5000)
    parser.add_argument("--candidates-per-race", type=int, default=5)
    parser.add_argument("--polls-per-race", type=int, default=40)
    parser.add_argument("--endorsements", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    counts = generate(args.out, args.races, args.candidates_per_race, args.polls_per_race, args.endorsements,
                      args.questions, args.seed)
    print(" ".join(f"{k}={v:,}" for k, v in counts.items()), "->", args.out)


if __name__ == "__main__":
    main()
