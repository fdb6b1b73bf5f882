"""The race-bundle importer: the bundled LA race, a second race, and files it must reject whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import Candidacy, Candidate, Endorsement, Poll, PollResult, Race
from bot.errors import ImportRejected
from bot.importers import import_file
from tests.conftest import snapshot
from tests.factories import SECOND_RACE, write_second_race

LA_SEED = Path(__file__).resolve().parents[2] / "data" / "races" / "la-mayor-2022.yaml"


async def count(db: Database, model: type) -> int:
    async with db.session() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


async def test_seed_bundle_imports_the_race_its_candidates_poll_and_endorsements(empty_db: Database) -> None:
    summary = await import_file(empty_db, str(LA_SEED))
    assert summary.counts["races"].added == 1
    assert summary.counts["candidates"].added == 3
    assert summary.counts["polls"].added == 1
    assert summary.counts["endorsements"].added == 8
    async with empty_db.session() as session:
        poll = await session.scalar(select(Poll))
        assert poll is not None and poll.pollster.startswith("UC Berkeley")
        assert poll.sponsors == ["Los Angeles Times"]
        top = dict((await session.execute(
            select(Candidate.name, PollResult.pct).join(PollResult.candidate)
            .where(PollResult.poll_id == poll.id, PollResult.subgroup == ""))).all())
        assert top == {"Karen Bass": 38, "Rick Caruso": 32}
        groups = set(await session.scalars(select(PollResult.subgroup).where(PollResult.subgroup != "")))
        assert groups == {"women", "white liberals", "Black men", "Latino men"}


async def test_reimporting_the_same_bundle_changes_nothing(empty_db: Database) -> None:
    await import_file(empty_db, str(LA_SEED))
    version = await empty_db.data_version()
    again = await import_file(empty_db, str(LA_SEED))
    assert not again.changed
    assert again.counts["endorsements"].unchanged == 8
    assert await empty_db.data_version() == version


async def test_a_newer_version_of_a_bundle_updates_what_changed(empty_db: Database, tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    await import_file(empty_db, str(path))
    path.write_text(SECOND_RACE.replace("Thomas Okafor: 41", "Thomas Okafor: 42")
                    .replace("status: running\n      - name: Thomas", "status: won\n      - name: Thomas"))
    summary = await import_file(empty_db, str(path))
    assert summary.counts["poll results"].updated == 1
    assert summary.counts["candidates"].updated == 1
    assert summary.counts["polls"].added == 0
    async with empty_db.session() as session:
        statuses = set(await session.scalars(select(Candidacy.status)))
        assert "won" in statuses


async def test_an_endorser_can_endorse_in_several_races(db: Database, tmp_path: Path) -> None:
    await import_file(db, str(write_second_race(tmp_path / "springfield.yaml")))
    async with db.session() as session:
        rows = (await session.scalars(select(Endorsement).join(Endorsement.endorser)
                                      .where(Endorsement.endorser.has(name="Snoop Dogg")))).all()
        assert {e.race_id for e in rows} == set(await session.scalars(select(Race.id)))


@pytest.mark.parametrize(
    ("mutation", "reason", "on_changed_line"),
    [
        (("Thomas Okafor: 41", "Thomas Okafor: 141"), "less than or equal to 100", True),
        (("end_date: 2026-08-30", "end_date: 2026-13-45"), "date", True),
        (("candidate: Thomas Okafor\n        date: 2026-09-15", "candidate: Nobody Known\n        date: 2026-09-15"),
         "unknown candidate 'Nobody Known'", False),
        (("source: springfield-gazette\n        results: {Maria", "source: nowhere\n        results: {Maria"),
         "unknown source 'nowhere'", False),
        (("    office: Mayor of Springfield\n", ""), "office: Field required", False),
        (("Thomas Okafor: 41, Karen Whitfield: 9", "Thomas Okafor: 61, Karen Whitfield: 9"), "more than 100%", True),
        (("races:\n", "races: [\n"), "invalid YAML", False),
    ],
)
async def test_a_malformed_bundle_is_rejected_whole_with_its_line(
    db: Database, tmp_path: Path, mutation: tuple[str, str], reason: str, on_changed_line: bool
) -> None:
    path = tmp_path / "broken.yaml"
    assert mutation[0] in SECOND_RACE
    text = SECOND_RACE.replace(*mutation)
    path.write_text(text, encoding="utf-8")
    changed_line = text[: text.index(mutation[1])].count("\n") + 1 if mutation[1] else None
    before = await snapshot(db)
    with pytest.raises(ImportRejected) as error:
        await import_file(db, str(path))
    assert reason in str(error.value)
    assert error.value.path == str(path)
    assert error.value.line is not None
    if on_changed_line:
        assert error.value.line == changed_line
    assert await snapshot(db) == before


async def test_a_windows_1252_file_is_read_as_such_and_the_guess_reported(empty_db: Database,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    text = SECOND_RACE.replace("Okafor", "Ok\xe1for")
    path.write_bytes(text.encode("cp1252"))
    line = text[:text.index("\xe1")].count("\n") + 1
    summary = await import_file(empty_db, str(path))
    assert [(r.line, r.column) for r in summary.repairs] == [(line, "encoding")]
    assert "Windows-1252" in summary.repairs[0].action
    async with empty_db.session() as session:
        assert "Okáfor" in " ".join((await session.scalars(select(Candidate.name))).all())


async def test_a_file_in_no_encoding_publishers_use_is_rejected_with_the_line(empty_db: Database,
                                                                             tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_bytes(SECOND_RACE.replace("Okafor", "Ok\x81for").encode("latin-1"))  # no character in either
    with pytest.raises(ImportRejected) as error:
        await import_file(empty_db, str(path))
    assert "UTF-8" in error.value.reason
    assert error.value.line is not None and error.value.line > 1
    assert await count(empty_db, Race) == 0


async def test_strict_rejects_a_guessed_encoding(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(SECOND_RACE.replace("Okafor", "Ok\xe1for").encode("cp1252"))
    with pytest.raises(ImportRejected, match="Windows-1252"):
        await import_file(empty_db, str(path), strict=True)
    assert await count(empty_db, Race) == 0


async def test_json_bundles_are_accepted(empty_db: Database, tmp_path: Path) -> None:
    import json

    import yaml

    path = tmp_path / "springfield.json"
    path.write_text(json.dumps(yaml.safe_load(SECOND_RACE), default=str), encoding="utf-8")
    summary = await import_file(empty_db, str(path))
    assert summary.counts["polls"].added == 2


async def test_a_missing_file_is_a_clear_rejection(empty_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="cannot read"):
        await import_file(empty_db, str(tmp_path / "nope.yaml"))


TURNOUT = "          - {candidate: Karen Whitfield, votes: 4800, pct: 10.9}\n"


async def test_a_stages_turnout_is_kept_with_its_source_and_reimporting_it_changes_nothing(
        empty_db: Database, tmp_path: Path) -> None:
    from bot.db.models import Source, StageTurnout
    path = tmp_path / "springfield.yaml"
    assert TURNOUT in SECOND_RACE
    path.write_text(SECOND_RACE.replace(TURNOUT, TURNOUT + "        turnout: {registered: 120000, ballots_cast: "
                                                           "44000, source: springfield-gazette}\n"), encoding="utf-8")
    await import_file(empty_db, str(path))
    async with empty_db.session() as session:
        row = (await session.execute(select(StageTurnout, Source.url).join(Source,
                                                                           Source.id == StageTurnout.source_id))).one()
    assert (row[0].stage, row[0].registered, row[0].ballots_cast, row[0].pct) == ("primary", 120000, 44000, None)
    assert row[1] == "https://gazette.example/springfield-mayor-2026"
    again = await import_file(empty_db, str(path))
    assert not again.changed


@pytest.mark.parametrize("turnout, reason", [
    ("{registered: 1000, ballots_cast: 2000}", "more ballots cast than registered voters"),
    ("{source: springfield-gazette}", "turnout needs"),
    ("{registered: 1000, source: nowhere}", "unknown source 'nowhere'"),
])
async def test_an_impossible_turnout_rejects_the_bundle_whole(db: Database, tmp_path: Path, turnout: str,
                                                              reason: str) -> None:
    path = tmp_path / "springfield.yaml"
    path.write_text(SECOND_RACE.replace(TURNOUT, TURNOUT + f"        turnout: {turnout}\n"), encoding="utf-8")
    before = await snapshot(db)
    with pytest.raises(ImportRejected) as error:
        await import_file(db, str(path))
    assert reason in str(error.value)
    assert await snapshot(db) == before
