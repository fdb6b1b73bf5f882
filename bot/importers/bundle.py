"""Parses a race bundle (YAML or JSON) into records, with the line of any error."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from bot.errors import ImportRejected
from bot.importers.bundle_schema import BundleSpec, PollSpec, RaceSpec, SourceSpec
from bot.importers.records import (
    CandidateRecord,
    ElectionResultRecord,
    EndorsementRecord,
    ParsedFile,
    PollRecord,
    PollResultRecord,
    RaceData,
    RaceRecord,
    RepairLog,
    SourceRecord,
    StageTurnoutRecord,
)
from bot.importers.textfile import CONTROL_CHARACTER, read_text
from bot.races import infer_structure, natural_name

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

# A race bundle nests about eight deep; far deeper is no bundle, and would exhaust the parsers' recursion.
MAX_NESTING = 64
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


class _BundleLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so pydantic validates them and reports the line."""


_BundleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_bundle_file(path: str, data: bytes, options: ParseOptions) -> ParsedFile:
    """A race bundle as the format registry calls its parser: the bytes, read as text in the encoding found."""
    log = RepairLog(path, strict=options.strict)
    parsed = parse_bundle(path, read_text(path, data, log))
    parsed.repairs[:0] = log.take()
    return parsed


def parse_bundle(path: str, text: str) -> ParsedFile:
    """Parse and validate a race bundle (YAML or JSON); ImportRejected names the line of a problem."""
    is_json = Path(path).suffix.lower() == ".json"
    _check_nesting(path, text, is_json)
    try:
        document = json.loads(text) if is_json else yaml.load(text, Loader=_BundleLoader)  # noqa: S506
    except json.JSONDecodeError as exc:
        raise ImportRejected(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ImportRejected(path, f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None
    if not isinstance(document, dict):
        raise ImportRejected(path, "a race bundle must be a mapping with `racebot-bundle` and `races`", 1)
    found = _control_character(document)
    if found is not None:  # written as an escape (\u001b in JSON, \e in YAML): the text check did not see it
        loc, character = found
        where = ".".join(str(p) for p in loc)
        raise ImportRejected(path, f"{where}: a control character (U+{ord(character):04X}): names, notes and other "
                                   f"fields must be plain text", None if is_json else _yaml_line(text, loc))
    try:
        spec = BundleSpec.model_validate(document)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = [p for p in error["loc"]]
        where = ".".join(str(p) for p in loc)
        message = error["msg"].removeprefix("Value error, ")
        line = None if is_json else _yaml_line(text, loc)
        raise ImportRejected(path, f"{where}: {message}" if where else message, line) from None
    return _records(path, spec)


def _records(path: str, spec: BundleSpec) -> ParsedFile:
    sources = {s.id: _source(s) for s in spec.sources}
    parsed = ParsedFile(path=path)
    parsed.pollster_aliases = [(p.name, alias) for p in spec.pollsters for alias in p.aliases]
    for race in spec.races:
        canonical = {c.name.casefold(): c.name for c in race.candidates}
        data = RaceData(slug=race.slug, race=_race(race))
        data.candidates = [
            CandidateRecord(
                name=c.name, aliases=tuple(c.aliases), party=c.party, description=c.description,
                status=c.status, incumbent=c.incumbent,
            )
            for c in race.candidates
        ]
        data.polls = [_poll(p, sources, canonical) for p in race.polls]
        for result in race.results:
            data.results.extend(
                ElectionResultRecord(
                    stage=result.stage, candidate=canonical[r.candidate.casefold()],
                    source=sources[result.source], votes=r.votes, pct=r.pct,
                )
                for r in result.results
            )
            if result.turnout is not None:
                data.turnouts.append(StageTurnoutRecord(
                    stage=result.stage, source=sources[result.turnout.source or result.source],
                    registered=result.turnout.registered, ballots_cast=result.turnout.ballots_cast,
                    pct=result.turnout.pct))
        parsed.races.append(data)
        parsed.endorsements.extend(
            EndorsementRecord(
                race=race.slug, candidate=canonical[e.candidate.casefold()], endorser=e.endorser,
                source=sources[e.source], endorser_type=e.endorser_type,
                endorser_description=e.endorser_description, endorser_aliases=tuple(e.endorser_aliases),
                date=e.date, quote=e.quote,
            )
            for e in race.endorsements
        )
    return parsed


def _source(spec: SourceSpec) -> SourceRecord:
    return SourceRecord(
        url=str(spec.url), title=spec.title, publisher=spec.publisher, published=spec.published, note=spec.note
    )


def _race(spec: RaceSpec) -> RaceRecord:
    inferred = infer_structure(spec.office, spec.office_type, spec.jurisdiction, spec.state, spec.cycle)
    declared = {"office_kind": spec.office_kind, "locality": spec.locality, "district": spec.district,
                "seat_class": spec.seat_class, "special": spec.special}
    structure = replace(inferred, **{k: v for k, v in declared.items() if v is not None})
    return RaceRecord(
        slug=spec.slug, name=spec.name or natural_name(structure), office=spec.office, office_type=spec.office_type,
        jurisdiction=spec.jurisdiction, state=spec.state, cycle=spec.cycle, nonpartisan=spec.nonpartisan,
        places=list(spec.places), stages={s.stage: s.date for s in spec.stages}, structure=structure,
    )


def _poll(spec: PollSpec, sources: dict[str, SourceRecord], canonical: dict[str, str]) -> PollRecord:
    results: list[PollResultRecord] = []
    for question in spec.questions:
        for name, pct in question.results.items():
            results.append(PollResultRecord(canonical[name.casefold()], pct, question=question.id))
        for group in question.subgroups:
            named = {canonical[n.casefold()]: pct for n, pct in group.results.items()}
            leader = canonical[group.leader.casefold()] if group.leader else None
            for extra in (leader, canonical[group.about.casefold()] if group.about else None):
                if extra and extra not in named:
                    named[extra] = None
            for position, (name, pct) in enumerate(named.items()):
                results.append(
                    PollResultRecord(
                        name, pct, question=question.id, subgroup=group.name, leads=name == leader,
                        # the note describes the whole subgroup: keep it once, on the first row
                        note=group.note if position == 0 else None,
                    )
                )
    return PollRecord(
        key=spec.id, pollster=spec.pollster, end_date=spec.end_date, reported=spec.reported,
        source=sources[spec.source],
        sponsors=list(spec.sponsors), start_date=spec.start_date, sample_size=spec.sample_size,
        population=spec.population, method=spec.method, stage=spec.stage, note=spec.note, results=results,
    )


def _check_nesting(path: str, text: str, is_json: bool) -> None:
    """Reject a document nested deeper than MAX_NESTING, with the line where it gets too deep, before it is parsed."""
    depth = 0
    if is_json:
        for match in _JSON_TOKENS.finditer(text):
            token = match.group()
            if token in ("[", "{"):
                depth += 1
                if depth > MAX_NESTING:
                    raise ImportRejected(path, f"nested more than {MAX_NESTING} levels deep: not a race bundle",
                                         text.count("\n", 0, match.start()) + 1)
            elif token in ("]", "}"):
                depth -= 1
        return
    try:
        for event in yaml.parse(text, Loader=_BundleLoader):  # events come without recursion, unlike nodes
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise ImportRejected(path, f"nested more than {MAX_NESTING} levels deep: not a race bundle",
                                         event.start_mark.line + 1)
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # the loader reports it, with its line


def _control_character(document: Any) -> tuple[list[Any], str] | None:
    """The location and the first control character in any key or text of the document, or None."""
    stack: list[tuple[Any, list[Any]]] = [(document, [])]
    seen: set[int] = set()  # a YAML alias repeats a node: each is looked at once
    while stack:
        value, loc = stack.pop()
        if isinstance(value, str):
            match = CONTROL_CHARACTER.search(value)
            if match:
                return loc, match.group()
        elif isinstance(value, dict | list) and id(value) not in seen:
            seen.add(id(value))
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                match = CONTROL_CHARACTER.search(key) if isinstance(key, str) else None
                if match:
                    return [*loc, key], match.group()
                stack.append((item, [*loc, key]))
    return None


def _yaml_line(text: str, loc: list[Any]) -> int | None:
    """The line of the YAML node at a pydantic error location (or of its nearest parent)."""
    try:
        node = yaml.compose(text, Loader=_BundleLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == str(part)), None)
            if found is None:
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line
