"""Builders of import files for tests: 538 CSVs, endorsement CSVs, a second race bundle and MEDSL county returns."""

from __future__ import annotations

import csv
import random
from pathlib import Path

COLUMNS_538 = [
    "poll_id", "question_id", "pollster", "sponsors", "start_date", "end_date", "sample_size", "population",
    "methodology", "url", "cycle", "office_type", "state", "seat_name", "stage", "election_date",
    "candidate_name", "answer", "party", "pct", "notes", "some_unknown_column",
]


def write_538(path: Path, races: int = 4, polls_per_race: int = 60, seed: int = 7) -> int:
    """A 538-style CSV: several races, two questions per poll, US dates; returns the number of rows."""
    rng = random.Random(seed)
    states = ["Arizona", "Georgia", "Nevada", "Ohio", "Texas", "Utah", "Iowa", "Maine"][:races]
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS_538)
        poll_id = 1000
        for state in states:
            field = [(f"{state} Democrat", "DEM"), (f"{state} Republican", "REP"), (f"{state} Independent", "IND")]
            for n in range(polls_per_race):
                poll_id += 1
                month, day = 1 + n % 10, 1 + n % 27
                for question in (1, 2):
                    shares = [rng.randint(30, 48), rng.randint(30, 48), rng.randint(1, 4)][: 2 + (question == 1)]
                    for (name, party), share in zip(field, shares, strict=False):
                        writer.writerow([
                            poll_id, f"{poll_id}{question}", f"Pollster {n % 7}", "" if n % 3 else "Some Paper",
                            f"{month}/{day}/22", f"{month}/{day + 1}/22", 500 + n, "lv", "Online",
                            f"https://polls.example/{poll_id}", 2022, "U.S. Senate", state, "Class III",
                            "jungle primary" if state == "Georgia" else "general", "11/8/22", name,
                            name.split()[-1], party, share, "" if n % 5 else "hypothetical", "x",
                        ])
                        rows += 1
    return rows


def write_endorsements_csv(path: Path, rows: list[dict[str, str]]) -> None:
    columns = ["race", "candidate", "endorser", "endorser_type", "date", "source_url", "quote"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


SECOND_RACE = """\
racebot-bundle: 1
sources:
  - id: springfield-gazette
    url: https://gazette.example/springfield-mayor-2026
    title: Springfield mayoral race coverage
    publisher: Springfield Gazette
    published: 2026-09-01
  - id: springfield-clerk
    url: https://clerk.example/springfield/2026/results
    publisher: Springfield City Clerk
races:
  - slug: springfield-mayor-2026
    name: 2026 Springfield mayoral election
    office: Mayor of Springfield
    office_type: Mayor
    jurisdiction: Springfield
    state: IL
    cycle: 2026
    nonpartisan: false
    places: [Springfield]
    stages:
      - {stage: primary, date: 2026-03-17}
      - {stage: general, date: 2026-11-03}
    candidates:
      - name: Maria Delgado-Smith
        aliases: [Delgado-Smith, Mayor Maria]
        party: Democratic
        description: Springfield city treasurer
        status: running
      - name: Thomas Okafor
        aliases: [Okafor, Tom Okafor]
        party: Republican
        description: Former county sheriff
        status: running
      - name: Karen Whitfield
        aliases: [Whitfield]
        party: Independent
        description: Small-business owner
        status: running
    polls:
      - id: gazette-2026-09
        pollster: Prairie Research
        sponsors: [Springfield Gazette]
        start_date: 2026-08-25
        end_date: 2026-08-30
        sample_size: 700
        population: lv
        stage: general
        source: springfield-gazette
        results: {Maria Delgado-Smith: 44, Thomas Okafor: 41, Karen Whitfield: 9}
        subgroups:
          - name: seniors
            results: {Maria Delgado-Smith: 39, Thomas Okafor: 52}
          - name: young voters
            results: {Maria Delgado-Smith: 58, Thomas Okafor: 25, Karen Whitfield: 12}
      - id: gazette-2026-07
        pollster: Capitol Polling
        start_date: 2026-07-10
        end_date: 2026-07-14
        sample_size: 500
        population: rv
        stage: general
        source: springfield-gazette
        results: {Maria Delgado-Smith: 40, Thomas Okafor: 43, Karen Whitfield: 7}
    endorsements:
      - endorser: Springfield Teachers Union
        endorser_type: union
        candidate: Maria Delgado-Smith
        date: 2026-08-01
        source: springfield-gazette
      - endorser: Springfield Gazette
        endorser_type: newspaper
        candidate: Thomas Okafor
        date: 2026-09-15
        source: springfield-gazette
      - endorser: Snoop Dogg
        endorser_type: celebrity
        candidate: Karen Whitfield
        date: 2026-09-20
        source: springfield-gazette
    results:
      - stage: primary
        source: springfield-clerk
        results:
          - {candidate: Maria Delgado-Smith, votes: 21000, pct: 48.0}
          - {candidate: Thomas Okafor, votes: 18000, pct: 41.1}
          - {candidate: Karen Whitfield, votes: 4800, pct: 10.9}
"""


def write_second_race(path: Path) -> Path:
    path.write_text(SECOND_RACE, encoding="utf-8")
    return path


MEDSL_COUNTY_COLUMNS = ["year", "state", "state_po", "county_name", "county_fips", "office", "district", "candidate",
                        "party", "writein", "mode", "candidatevotes", "totalvotes", "version", "stage", "special"]
# (year, state code, state, office, district, [(candidate as MEDSL writes them, party)], [counties])
MedslContest = tuple[int, str, str, str, str, list[tuple[str, str]], list[str]]


def medsl_county_votes(number: int, rank: int) -> dict[str, int]:
    """The votes `write_medsl_county` gives the candidate of that rank in the county of that number, by mode."""
    return {"ELECTION DAY": 100 + 10 * number + rank, "MAIL": 40 + rank}


def write_medsl_county(path: Path, contests: list[MedslContest]) -> Path:
    """MEDSL county returns, as its county files and the benchmark's are written: each candidate's votes split by two
    vote types (medsl_county_votes), and the undervotes, in each county of each contest."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(MEDSL_COUNTY_COLUMNS)
        for year, code, state, office, district, people, counties in contests:
            for number, county in enumerate(counties):
                for rank, (name, party) in enumerate(people):
                    for mode, votes in medsl_county_votes(number, rank).items():
                        writer.writerow([year, state, code, county, "", office, district, name, party, "FALSE", mode,
                                         votes, 1000, 20250101, "GEN", "FALSE"])
                writer.writerow([year, state, code, county, "", office, district, "UNDERVOTES", "", "FALSE", "TOTAL",
                                 7, 1000, 20250101, "GEN", "FALSE"])
    return path
