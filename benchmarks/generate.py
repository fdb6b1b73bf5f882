"""Seeded generator of national election cycles shaped like FiveThirtyEight's files: races, candidates, polls,
endorsements and questions with their ground truth.

    python benchmarks/generate.py --out benchmarks/out/national            # 5,000 races, 25,000 candidates,
                                                                             # 1,000,000 poll rows, 100,000 endorsements
    python benchmarks/generate.py --races 600 --out benchmarks/out/small     # a smaller sample of the same races

The races are those the country holds from 2008 to 2026 (earlier cycles join when more are asked for): every House
district of the apportionment of its cycle, the Senate seats of the class that is up (and a few special elections of
the other class), the governors of the states that elect one that year (odd years too), and the presidential race
nationally, in each state and in the districts of Maine and Nebraska. A sample of them, `--races` many, is written.

polls.csv has 538's columns and values: `state` a state's name ("Maine CD-2" for a presidential district, empty for
the national race), `office_type` "U.S. Senate", "U.S. House", "Governor" or "U.S. President", `seat_name`
"Class I/II/III" or "District N", `cycle`, `stage` (general, jungle primary, runoff) and `election_date`; it has no
`race` column, so the importer builds each slug itself. endorsements.csv names races by that slug.

questions.jsonl holds questions asked the way people name races now ("latest poll in the 2020 ohio senate race",
"NE-2 polls 2018", "who is running for TX-7 in 2020") and by candidate and endorser names, a fifth of them with a
typo in the name. Each carries its ground truth: intent, the entity named (kind and name; a race by its natural
name), the race slug the answer must be about (null when no race is asked for), and whether the name has a typo.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.names import slugify  # noqa: E402
from bot.races import AT_LARGE, natural_name, ordinal, structure_from_538  # noqa: E402

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
STATE_NAME = {code: name for name, code in STATES}
# House seats by the 2010 apportionment (cycles 2012-2020), and what the 2000 and 2020 apportionments changed.
HOUSE_SEATS_2010 = dict(
    AL=7, AK=1, AZ=9, AR=4, CA=53, CO=7, CT=5, DE=1, FL=27, GA=14, HI=2, ID=2, IL=18, IN=9, IA=4, KS=4, KY=6, LA=6,
    ME=2, MD=8, MA=9, MI=14, MN=8, MS=4, MO=8, MT=1, NE=3, NV=4, NH=2, NJ=12, NM=3, NY=27, NC=13, ND=1, OH=16, OK=5,
    OR=5, PA=18, RI=2, SC=7, SD=1, TN=9, TX=36, UT=4, VT=1, VA=11, WA=10, WV=3, WI=8, WY=1,
)
CHANGES_2000 = dict(TX=-4, FL=-2, AZ=-1, GA=-1, NV=-1, SC=-1, UT=-1, WA=-1, NY=2, OH=2, IL=1, IA=1, LA=1, MA=1,
                    MI=1, MO=1, NJ=1, PA=1)
CHANGES_2020 = dict(CO=1, FL=1, MT=1, NC=1, OR=1, TX=2, CA=-1, IL=-1, MI=-1, NY=-1, OH=-1, PA=-1, WV=-1)
# The Senate classes each state holds; a class is up in the cycles congruent to its key modulo 6.
SENATE_CLASSES = {
    "I": """AZ CA CT DE FL HI IN ME MD MA MI MN MS MO MT NE NV NJ NM NY ND OH PA RI TN TX UT VT VA WA WV WI
            WY""".split(),
    "II": """AL AK AR CO DE GA ID IL IA KS KY LA ME MA MI MN MS MT NE NH NJ NM NC OK OR RI SC SD TN TX VA WV
             WY""".split(),
    "III": """AL AK AZ AR CA CO CT FL GA HI ID IL IN IA KS KY LA MD MO NV NH NY NC ND OH OK OR PA SC SD UT VT WA
              WI""".split(),
}
CLASS_UP = {2018 % 6: "I", 2020 % 6: "II", 2022 % 6: "III"}
# Governors: elected with the president, in odd years, or (most) in midterm years; NH and VT every two years.
GOVERNOR_PRESIDENTIAL = {"DE", "IN", "MO", "MT", "NH", "NC", "ND", "UT", "VT", "WA", "WV"}
GOVERNOR_ODD = {3: {"KY", "LA", "MS"}, 1: {"NJ", "VA"}}  # cycle % 4 -> states
GOVERNOR_MIDTERM = {c for _, c in STATES} - GOVERNOR_PRESIDENTIAL - GOVERNOR_ODD[1] - GOVERNOR_ODD[3] | {"NH", "VT"}
PRESIDENTIAL_DISTRICTS = [("Maine", 1), ("Maine", 2), ("Nebraska", 1), ("Nebraska", 2), ("Nebraska", 3)]
FIRST_CYCLE, LAST_CYCLE = 2008, 2026
SENATE_SPECIALS_PER_CYCLE = 2
HOUSE_SPECIALS_PER_ODD_YEAR = 6
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
    """One race as a 538 file writes it, with its candidates and stages."""

    state: str  # 538's `state` column: "Ohio", "Maine CD-2", "" for the national race
    code: str | None  # postal code
    office_type: str
    seat_name: str
    cycle: int
    kind: str  # president, senate, house, governor
    district: str | None = None  # "7", "at-large"
    special: bool = False
    stages: list[tuple[str, dt.date]] = field(default_factory=list)
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (name, party)

    @property
    def slug(self) -> str:
        """The slug exactly as the 538 importer builds it when the file has no `race` column."""
        office = " ".join(p for p in (self.office_type, self.seat_name) if p)
        return slugify(f"{self.state or 'us'} {office} {self.cycle}")

    @property
    def name(self) -> str:
        return natural_name(structure_from_538(self.state or None, self.office_type, self.seat_name, self.cycle))

    @property
    def group(self) -> tuple[str | None, str, str | None]:
        """The races that share a place, office and seat across cycles ("Ohio governor", "TX-7"); an at-large seat
        is District 1 when the state gains a second (Montana in 2022), as the engine reads "MT-AL"."""
        return self.code, self.kind, "1" if self.district == AT_LARGE else self.district

    @property
    def stage_names(self) -> set[str]:
        return {stage for stage, _ in self.stages}


def house_seats(cycle: int) -> dict[str, int]:
    """How many House districts each state has in a cycle, by the apportionment in force."""
    changes = CHANGES_2000 if cycle <= 2010 else CHANGES_2020 if cycle >= 2022 else {}
    return {code: seats + changes.get(code, 0) for code, seats in HOUSE_SEATS_2010.items()}


def election_day(year: int) -> dt.date:
    """The Tuesday after the first Monday of November."""
    first = dt.date(year, 11, 1)
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    return monday + dt.timedelta(days=1)


def races_of_cycle(rng: random.Random, cycle: int) -> Iterator[GeneratedRace]:
    """Every race of one cycle (an odd year: its governors and a few special House elections)."""
    def race(state: str, office_type: str, seat: str, kind: str, district: str | None = None) -> GeneratedRace:
        structure = structure_from_538(state or None, office_type, seat, cycle)
        return GeneratedRace(state, structure.state_code, office_type, seat, cycle, kind, structure.district,
                             structure.special)

    if cycle % 2:
        yield from (race(STATE_NAME[c], "Governor", "", "governor") for c in sorted(GOVERNOR_ODD[cycle % 4]))
        seats = [(c, d) for c, n in house_seats(cycle).items() for d in range(1, n + 1)]
        for code, district in sorted(rng.sample(seats, HOUSE_SPECIALS_PER_ODD_YEAR)):
            yield race(STATE_NAME[code], "U.S. House", f"District {district}", "house")
        return
    for code, seats in house_seats(cycle).items():
        for district in range(1, seats + 1):
            yield race(STATE_NAME[code], "U.S. House", f"District {district}", "house")
    up = CLASS_UP[cycle % 6]
    for code in SENATE_CLASSES[up]:
        yield race(STATE_NAME[code], "U.S. Senate", f"Class {up}", "senate")
    # A special election fills the seat of another class (Georgia's Class III in 2020).
    others = [(c, k) for k, codes in SENATE_CLASSES.items() if k != up for c in codes]
    specials = dict(rng.sample(others, SENATE_SPECIALS_PER_CYCLE * 2))  # at most one special per state
    for code, seat_class in sorted(specials.items())[:SENATE_SPECIALS_PER_CYCLE]:
        yield race(STATE_NAME[code], "U.S. Senate", f"Class {seat_class}", "senate")
    governors = GOVERNOR_PRESIDENTIAL if cycle % 4 == 0 else GOVERNOR_MIDTERM
    yield from (race(STATE_NAME[c], "Governor", "", "governor") for c in sorted(governors))
    if cycle % 4 == 0:
        yield race("", "U.S. President", "", "president")
        yield from (race(name, "U.S. President", "", "president") for name, _ in STATES)
        for name, district in PRESIDENTIAL_DISTRICTS:
            yield race(f"{name} CD-{district}", "U.S. President", "", "president")


def stages_of(rng: random.Random, race: GeneratedRace) -> list[tuple[str, dt.date]]:
    """The stages 538 files carry: Louisiana's and some specials' jungle primary and runoff, California's and
    Washington's top-two primary in June, a Georgia or Mississippi runoff after the general."""
    day = election_day(race.cycle)
    december = day + dt.timedelta(days=28 + rng.randrange(10))
    if race.kind != "president" and (race.code == "LA" or race.special and race.kind == "senate"
                                     and rng.random() < 0.5):
        return [("jungle primary", day)] + ([("runoff", december)] if rng.random() < 0.6 else [])
    if race.kind != "president" and race.code in ("CA", "WA"):
        return [("jungle primary", dt.date(race.cycle, 6, 2 + rng.randrange(6))), ("general", day)]
    if race.kind in ("senate", "governor") and race.code in ("GA", "MS") and rng.random() < 0.4:
        return [("general", day), ("runoff", december)]
    return [("general", day)]


def make_races(rng: random.Random, count: int, per_race: int) -> list[GeneratedRace]:
    """A seeded sample of `count` races of the cycles 2008-2026 (earlier ones too if needed), every candidate's
    full name unique, surnames and first names shared."""
    universe: list[GeneratedRace] = []
    first = FIRST_CYCLE
    for cycle in range(FIRST_CYCLE, LAST_CYCLE + 1):
        universe += races_of_cycle(rng, cycle)
    while len(universe) < count:
        first -= 1
        universe += races_of_cycle(rng, first)
    chosen = sorted(rng.sample(range(len(universe)), count))
    races = [universe[i] for i in chosen]
    used: set[str] = set()
    presidential: dict[int, list[tuple[str, str]]] = {}  # a cycle's presidential races share their candidates
    for race in races:
        race.stages = stages_of(rng, race)
        if race.kind == "president" and race.cycle in presidential:
            race.candidates = presidential[race.cycle]
            continue
        for i in range(per_race):
            while True:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if rng.random() < 0.08:
                    name = f"{rng.choice(FIRST)} {rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
                if name not in used:
                    used.add(name)
                    break
            race.candidates.append((name, PARTIES[i % len(PARTIES)]))
        if race.kind == "president":
            presidential[race.cycle] = race.candidates
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


# ------------------------------------------------------------------------------------------ polls
POLL_COLUMNS = ["question_id", "poll_id", "cycle", "state", "pollster", "sponsors", "sample_size", "population",
                "methodology", "office_type", "seat_number", "seat_name", "start_date", "end_date", "election_date",
                "url", "stage", "race_id", "answer", "candidate_name", "candidate_party", "pct"]
METHODS = ["Live Phone", "Online", "IVR/Online", "IVR", "Live Phone/Online", "IVR/Text", "Online/Text", ""]


def us_date(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{day.year % 100:02d}"


def poll_plan(race: GeneratedRace, polls: int) -> Iterator[tuple[str, dt.date, dt.date]]:
    """(stage, election date, end date) of each poll: most before the first stage's date or the general, a
    runoff's polls between the general and the runoff, spread evenly over each window."""
    weights = [0.3 if stage == "runoff" or (stage == "jungle primary" and len(race.stages) > 1
                                            and race.stages[1][0] == "general") else 1.0
               for stage, _ in race.stages]
    counts = [round(polls * w / sum(weights)) for w in weights]
    counts[0] += polls - sum(counts)
    opens = dt.date(race.cycle, 1, 5)
    for (stage, day), count in zip(race.stages, counts, strict=True):
        span = max(1, (day - opens).days - 2)
        for n in range(count):
            yield stage, day, opens + dt.timedelta(days=span * (n + 1) // (count + 1))
        opens = day + dt.timedelta(days=1)


def write_polls(rng: random.Random, path: Path, races: list[GeneratedRace], polls_per_race: int) -> int:
    rows = 0
    poll_id = 100000
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(POLL_COLUMNS)
        for race_id, race in enumerate(races, 9000):
            seat_number = race.seat_name.removeprefix("District ") if race.kind == "house" else "0"
            for stage, day, end in poll_plan(race, polls_per_race):
                poll_id += 1
                start = end - dt.timedelta(days=1 + rng.randrange(4))
                pollster = rng.choice(POLLSTERS)
                sample, population = rng.choice([400, 600, 800, 1000, 1500]), rng.choice(["lv", "lv", "rv"])
                method = rng.choice(METHODS)
                asked = race.candidates[:2] if stage == "runoff" else race.candidates
                shares = [rng.randint(20, 45) for _ in asked[:2]] + [rng.randint(0, 8) for _ in asked[2:]]
                scale = min(1.0, 99 / sum(shares))
                for (name, party), share in zip(asked, shares, strict=True):
                    writer.writerow([
                        poll_id * 10, poll_id, race.cycle, race.state, pollster, "", sample, population,
                        method, race.office_type, seat_number, race.seat_name, us_date(start),
                        us_date(end), us_date(day), f"https://polls.example/{poll_id}", stage, race_id,
                        name.split()[-1], name, party, round(share * scale, 1),
                    ])
                    rows += 1
    return rows


def write_endorsements(rng: random.Random, path: Path, races: list[GeneratedRace], endorsers: list[tuple[str, str]],
                       count: int) -> list[tuple[str, str, str, str]]:
    pairs: set[tuple[int, int]] = set()
    rows: list[tuple[str, str, str, str]] = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["race", "candidate", "endorser", "endorser_type", "date", "source_url", "quote"])
        while len(rows) < count:
            e, r = rng.randrange(len(endorsers)), rng.randrange(len(races))
            if (e, r) in pairs:
                continue
            pairs.add((e, r))
            race = races[r]
            candidate = rng.choice(race.candidates)[0]
            endorser, kind = endorsers[e]
            rows.append((race.slug, candidate, endorser, kind))
            when = race.stages[0][1] - dt.timedelta(days=20 + rng.randrange(200))
            writer.writerow([race.slug, candidate, endorser, kind, when.isoformat(),
                             f"https://news.example/{len(rows)}", ""])
    return rows


# ------------------------------------------------------------------------------------------ questions
# How people name races: {a} is the race as an adjective ("2020 ohio senate"), {n} as a noun ("the 2020 ohio
# senate race"). Every template's intent is the one the engine's answer carries.
RACE_TEMPLATES: dict[str, list[str]] = {
    "latest_poll": ["latest poll in {n}", "{a} latest poll", "latest {a} poll", "whats the newest poll in {n}",
                    "most recent {a} poll", "what is the latest {a} poll"],
    "leader": ["who leads {n}", "who is ahead in {n}", "whos winning {n}", "{a} polls", "who's leading in {a}",
               "who leads in {a}"],
    "race": ["who is running in {n}", "who's running in {a}", "candidates in {n}", "{a} candidates",
             "who are the candidates in {n}"],
    "average": ["{a} polling average", "polling average for {n}", "{a} average"],
    "poll_history": ["all polls in {n}", "{a} poll history", "all the {a} polls"],
}
RACE_INTENTS = {"latest_poll": 4, "leader": 4, "race": 3, "average": 1, "poll_history": 1}
OFFICE_WORDS = {"senate": ["senate", "senate", "sen"], "governor": ["governor", "governor", "gov", "gubernatorial"],
                "president": ["presidential", "presidential", "president", "pres"]}
NAME_QUESTIONS = {
    "endorsements_of": ["who endorsed {x}", "who is backing {x}", "{x} endorsements", "who supports {x}"],
    "endorsements_by": ["did {x} endorse anyone", "who did {x} endorse", "endorsements by {x}"],
    "candidate": ["who is {x}", "tell me about {x}"],
    "leader": ["how is {x} doing in the polls", "how is {x} doing"],
    "is_running": ["is {x} running", "is {x} still running"],
}
NAME_KINDS = {"endorsements_of": 2, "endorsements_by": 2, "candidate": 2, "leader": 2, "is_running": 1}


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def state_text(rng: random.Random, code: str) -> str:
    """A state as typed: its name in lower or title case, or its postal code in capitals."""
    roll = rng.random()
    return STATE_NAME[code].lower() if roll < 0.6 else STATE_NAME[code] if roll < 0.75 else code


def district_text(rng: random.Random, code: str, district: str) -> str:
    """ "TX-7", "tx-07", "texas 7th district", "texas's 7th congressional district", "wyoming at-large"."""
    name = STATE_NAME[code].lower()
    if district == AT_LARGE:
        return rng.choice([f"{code}-AL", f"{name} at-large", f"{name} at large district"])
    number = int(district)
    return rng.choice([f"{code}-{number}", f"{code}-{number}", f"{code.lower()}-{number:02d}",
                       f"{name} {ordinal(number)} district", f"{name}'s {ordinal(number)} congressional district",
                       f"{name} district {number}"])


def race_words(rng: random.Random, race: GeneratedRace, *, year: bool, stage: str | None) -> str:
    """The race as an adjective: place, office, district, special and stage words, and the year if asked."""
    match race.kind:
        case "house":
            core = district_text(rng, race.code or "", race.district or AT_LARGE)
        case "president" if race.code is None:
            core = rng.choice(["national presidential", "presidential national", "national president"])
        case "president" if race.district is not None:
            code, name = race.code or "", STATE_NAME[race.code or ""].lower()
            where = rng.choice([f"{code}-{race.district}", f"{name} cd-{race.district}", f"{name} cd{race.district}"])
            core = f"{where} {rng.choice(OFFICE_WORDS['president'])}"
        case _:
            core = f"{state_text(rng, race.code or '')} {rng.choice(OFFICE_WORDS[race.kind])}"
    if race.special:
        core += rng.choice([" special", " special election"])
    if stage:
        core += f" {stage}"
    if year:
        written = f"'{race.cycle % 100:02d}" if rng.random() < 0.1 else str(race.cycle)
        core = f"{written} {core}" if rng.random() < 0.5 else f"{core} {written}"
    return core


def running_for(rng: random.Random, race: GeneratedRace, year: bool) -> str | None:
    """ "who is running for TX-7 in 2020", "who is running for governor of ohio in 2018"."""
    when = f" in {race.cycle}" if year else ""
    if race.kind == "house":
        return f"who is running for {district_text(rng, race.code or '', race.district or AT_LARGE)}{when}"
    if race.kind == "governor":
        return f"who is running for governor of {STATE_NAME[race.code or ''].lower()}{when}"
    if race.kind == "senate" and not race.special:
        return f"who is running for senate in {STATE_NAME[race.code or ''].lower()}{when}"
    return None


def race_question(rng: random.Random, race: GeneratedRace, newest: bool) -> dict[str, object]:
    """A question about a race named by its structure words. The year is left out only of the newest race of its
    place and office, which the engine takes when no year is named."""
    intent = pick(rng, RACE_INTENTS)
    year = not newest or rng.random() < 0.7
    text = running_for(rng, race, year) if intent == "race" and rng.random() < 0.4 else None
    if text is None:
        stages = sorted(race.stage_names - {"general"})
        stage = rng.choice(stages) if stages and intent in ("latest_poll", "leader") and rng.random() < 0.4 else None
        words = race_words(rng, race, year=year, stage=stage)
        noun = f"the {words}" if words.endswith(("election", stage or "-")) else f"the {words} race"
        text = rng.choice(RACE_TEMPLATES[intent]).format(a=words, n=noun)
    return {"question": text, "intent": intent, "kind": "race", "name": race.name, "asked": text, "typo": False,
            "race": race.slug}


def name_question(rng: random.Random, race: GeneratedRace, endorser: str, with_typo: bool,
                  national: dict[int, GeneratedRace]) -> dict[str, object]:
    """A question naming a candidate or an endorser, the name with a typo if asked."""
    intent = pick(rng, NAME_KINDS)
    kind = "endorser" if intent == "endorsements_by" else "candidate"
    name = endorser if kind == "endorser" else rng.choice(race.candidates)[0]
    asked = typo(rng, name) if with_typo else name
    # The race matters where the answer is about one: a candidate's standing and candidacy. A presidential
    # candidate runs in every presidential race of the cycle: asked of without a place, the national one.
    about = national.get(race.cycle, race) if race.kind == "president" else race
    slug = about.slug if intent in ("leader", "is_running") else None
    return {"question": rng.choice(NAME_QUESTIONS[intent]).format(x=asked), "intent": intent, "kind": kind,
            "name": name, "asked": asked, "typo": asked != name, "race": slug}


def write_questions(rng: random.Random, path: Path, races: list[GeneratedRace], endorsed: list[str],
                    count: int) -> None:
    newest: dict[tuple[str | None, str, str | None], int] = {}
    for race in races:  # the newest cycle of each place and office, specials and regular races together
        newest[race.group] = max(newest.get(race.group, 0), race.cycle)
    newest_special: dict[tuple[str | None, str, str | None], int] = {}
    for race in races:
        if race.special:
            newest_special[race.group] = max(newest_special.get(race.group, 0), race.cycle)
    national = {r.cycle: r for r in races if r.kind == "president" and r.code is None}
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            race = rng.choice(races)
            while race.kind == "president" and race.cycle not in national:
                race = rng.choice(races)  # a presidential candidate asked of only where the national race is held
            # a fifth of the questions name a candidate or endorser with a typo; of the rest, half name a race
            if n % 5 == 0 or rng.random() < 0.4:
                question = name_question(rng, race, rng.choice(endorsed), n % 5 == 0, national)
            else:
                latest = (newest_special if race.special else newest)[race.group] == race.cycle
                question = race_question(rng, race, latest)
            handle.write(json.dumps(question) + "\n")


def generate(out: Path, races_count: int, per_race: int, polls_per_race: int, endorsements_count: int,
             questions_count: int, seed: int) -> dict[str, int]:
    """Writes polls.csv, endorsements.csv and questions.jsonl into `out`; returns what was written, counted."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    races = make_races(rng, races_count, per_race)
    endorsers = make_endorsers(rng, races, max(1, endorsements_count // 3))
    rows = write_polls(rng, out / "polls.csv", races, polls_per_race)
    endorsement_rows = write_endorsements(rng, out / "endorsements.csv", races, endorsers, endorsements_count)
    endorsed = sorted({row[2] for row in endorsement_rows})
    write_questions(rng, out / "questions.jsonl", races, endorsed, questions_count)
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
