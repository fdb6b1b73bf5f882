"""The writer's diffs, without a database: what a file adds, updates and leaves unchanged."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.errors import ImportRejected
from bot.importers.records import (
    CandidateRecord,
    EndorsementRecord,
    PollRecord,
    PollResultRecord,
    RaceData,
    SourceRecord,
)
from bot.importers.writing.candidates import match_candidates
from bot.importers.writing.endorsements import diff_endorsements, diff_endorsers, match_endorsements
from bot.importers.writing.polls import RESULT_COLUMNS, diff_polls, diff_results
from bot.importers.writing.tables import CandidateIndex

SOURCE = SourceRecord("https://x.example/poll")


def _index() -> CandidateIndex:
    index = CandidateIndex()
    index.add(1, "Karen Bass", ["KB"])
    index.add(2, "Rick Caruso", [])
    return index


def _poll(key: str, *results: PollResultRecord, pollster: str = "A") -> PollRecord:
    return PollRecord(key, pollster, dt.date(2022, 5, 1), SOURCE, results=list(results), line=7)


def test_diff_polls_tells_new_changed_and_unchanged_polls_apart() -> None:
    index = _index()
    stored = {(9, "538:1"): {"id": 101, "pollster": "A"}, (9, "538:2"): {"id": 102, "pollster": "B"}}
    wanted = [(9, index, _poll("538:1"), {"pollster": "A"}), (9, index, _poll("538:2"), {"pollster": "B2"}),
              (9, index, _poll("538:3"), {"pollster": "C"}), (8, index, _poll("538:1"), {"pollster": "A"})]
    diff = diff_polls(wanted, stored)
    assert [(race_id, rec.key) for race_id, _, rec, _ in diff.added] == [(9, "538:3"), (8, "538:1")]
    assert diff.updated == [{"id": 102, "pollster": "B2"}]
    assert [(poll_id, race_id) for poll_id, race_id, _, _ in diff.kept] == [(101, 9), (102, 9)]


def test_diff_results_adds_updates_and_counts_unchanged_by_name_or_alias() -> None:
    poll = _poll("538:1", PollResultRecord("karen bass", 38.0), PollResultRecord("Rick Caruso", 33.0),
                 PollResultRecord("KB", 40.0, subgroup="women"))
    stored = {(101, "", "", 1): (501, 38.0, False, None, False, None),
              (101, "", "", 2): (502, 32.0, False, None, False, None)}
    diff = diff_results("f.csv", [(101, _index(), poll)], stored)
    assert diff.unchanged == 1
    assert diff.updated == [{"id": 502, "pct": 33.0, "leads": False, "note": None, "hypothetical": False,
                             "ranked_round": None}]
    added = [dict(zip(RESULT_COLUMNS, row, strict=True)) for row in diff.added]
    assert [(r["candidate_id"], r["subgroup"], r["pct"]) for r in added] == [(1, "women", 40.0)]
    assert diff.updated_polls == {101} and diff.grown_polls == {101}


def test_diff_results_sees_a_question_turning_hypothetical() -> None:
    poll = _poll("538:1", PollResultRecord("Karen Bass", 38.0, question="5", hypothetical=True))
    diff = diff_results("f.csv", [(101, _index(), poll)], {(101, "5", "", 1): (501, 38.0, False, None, False, None)})
    assert diff.updated[0]["hypothetical"] is True and diff.unchanged == 0


def test_diff_results_rejects_a_candidate_named_twice_in_a_question() -> None:
    poll = _poll("538:1", PollResultRecord("Karen Bass", 38.0), PollResultRecord("KB", 38.0))
    with pytest.raises(ImportRejected, match="named twice") as error:
        diff_results("f.csv", [(101, _index(), poll)], {})
    assert error.value.line == 7


def _endorsement(endorser: str, candidate: str = "Karen Bass", race: str = "la", **extra: Any) -> EndorsementRecord:
    return EndorsementRecord(race, candidate, endorser, SOURCE, **extra)


def test_match_endorsements_counts_repeats_and_rejects_unknown_names() -> None:
    races, indexes = {"la": 9}, {9: _index()}
    wanted, repeats = match_endorsements("e.csv", [_endorsement("Snoop Dogg"), _endorsement("snoop dogg", "KB")],
                                         races, indexes)
    assert list(wanted) == [("snoop dogg", 1, 9, None)] and repeats == 1
    with pytest.raises(ImportRejected, match="unknown race 'sf'"):
        match_endorsements("e.csv", [_endorsement("X", race="sf", line=4)], races, indexes)
    with pytest.raises(ImportRejected, match="'Nobody' is not a candidate in 'la'") as error:
        match_endorsements("e.csv", [_endorsement("X", "Nobody", line=5)], races, indexes)
    assert error.value.line == 5


def test_diff_endorsers_adds_new_ones_and_only_ever_adds_aliases() -> None:
    stored = {"la times": (3, "organization", ["LAT"], None)}
    records = [_endorsement("New Person"), _endorsement("LA Times", endorser_type="organization",
                                                          endorser_aliases=("Los Angeles Times",)),
               _endorsement("new person", "Rick Caruso")]
    diff = diff_endorsers(records, stored)
    assert diff.added == [{"name": "New Person", "kind": "person", "description": None, "aliases": []}]
    assert diff.updated == [{"id": 3, "aliases": ["LAT", "Los Angeles Times"]}]
    unchanged = diff_endorsers([_endorsement("LA Times", endorser_type="organization")], stored)
    assert unchanged.updated == [] and unchanged.unchanged == 1


def test_diff_endorsements_compares_date_quote_and_source() -> None:
    wanted = {("a", 1, 9, None): _endorsement("A"), ("b", 1, 9, None): _endorsement("B", quote="yes"),
              ("c", 2, 9, None): _endorsement("C")}
    existing = {(11, 1, 9): [(71, None, None, 5)], (12, 1, 9): [(72, None, None, 5)]}
    diff = diff_endorsements(wanted, {"a": 11, "b": 12, "c": 13}, existing, {SOURCE.url: 5})
    assert diff.unchanged == 1
    assert diff.updated == [{"id": 72, "race_id": 9, "date": None, "quote": "yes", "source_id": 5}]
    assert diff.added == [{"endorser_id": 13, "candidate_id": 2, "race_id": 9, "date": None, "quote": None,
                           "source_id": 5}]


def test_an_endorser_endorses_a_candidate_again_on_another_day() -> None:
    """A newspaper's primary and general endorsements of one candidate are two; a file's one endorsement of another
    day corrects the stored one's date."""
    may, october = dt.date(2022, 5, 1), dt.date(2022, 10, 13)
    records = [_endorsement("LA Times", date=may), _endorsement("la times", date=october),
               _endorsement("LA Times", date=may)]
    wanted, repeats = match_endorsements("e.csv", records, {"la": 9}, {9: _index()})
    assert list(wanted) == [("la times", 1, 9, may), ("la times", 1, 9, october)] and repeats == 1
    diff = diff_endorsements(wanted, {"la times": 11}, {(11, 1, 9): [(71, may, None, 5)]}, {SOURCE.url: 5})
    assert diff.unchanged == 1 and diff.updated == []
    assert diff.added == [{"endorser_id": 11, "candidate_id": 1, "race_id": 9, "date": october, "quote": None,
                           "source_id": 5}]
    corrected = diff_endorsements({("la times", 1, 9, october): records[1]}, {"la times": 11},
                                  {(11, 1, 9): [(71, may, None, 5)]}, {SOURCE.url: 5})
    assert corrected.added == [] and corrected.updated == [{"id": 71, "race_id": 9, "date": october,
                                                             "quote": None, "source_id": 5}]


def test_match_candidates_finds_race_candidates_known_people_and_new_ones() -> None:
    data = RaceData(slug="la", candidates=[CandidateRecord("Karen Bass", party="DEM")],
                    polls=[_poll("538:1", PollResultRecord("KB", 38.0), PollResultRecord("Ann Lee", 9.0, party="REP"),
                                 PollResultRecord("Joe Doe", 3.0))])
    match = match_candidates([(9, data)], {9: _index()}, {("ann lee", "REP"): 44})
    assert match.new_people == {("joe doe", None): {"name": "Joe Doe", "aliases": [], "party": None,
                                                    "description": None}}
    assert [(race_id, person, explicit) for race_id, _, person, explicit in match.links] == [
        (9, 1, True), (9, 1, False), (9, 44, False), (9, ("joe doe", None), False)]  # KB is Karen Bass's alias
    assert list(match.explicit_people) == [1]
