"""Answers about endorsements: who endorsed a candidate, and whom an endorser endorsed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.db.views import CandidateView as Candidate
from bot.db.views import EndorsementView, RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.reader import Reader
from bot.engine.answers.wording import race_entity, race_name, source_ref
from bot.engine.kinds import QuestionKind
from bot.i18n import Messages
from bot.names import fold


def _endorsement_facts(rows: Sequence[EndorsementView], head: Callable[[EndorsementView], str],
                       m: Messages) -> tuple[Fact, ...]:
    """One fact per endorser, candidate and race, in the rows' order: an endorser who endorsed a candidate again (a
    newspaper in the primary and in the general) on one line with every day, the newest endorsement's source."""
    grouped: dict[tuple[int, int, int], list[EndorsementView]] = {}
    for e in rows:
        grouped.setdefault((e.endorser.id, e.candidate.id, e.race_id), []).append(e)
    facts = []
    for same in grouped.values():
        days = [e.date for e in same if e.date]
        quote = next((e.quote for e in same if e.quote), None)
        text = head(same[0]) + (f", {m.series([m.date(d) for d in days])}" if days else "") \
            + (f": “{quote}”" if quote else "")
        facts.append(Fact(text, source_ref(same[-1].source), max(days) if days else None))
    return tuple(facts)


def endorser_count(rows: Sequence[EndorsementView]) -> int:
    """How many endorsers these endorsements are by: an endorser who endorsed a candidate again (a newspaper in the
    primary and in the general) counts once."""
    return len({(e.endorser.id, e.candidate.id, e.race_id) for e in rows})


@dataclass(frozen=True)
class Period:
    """When endorsements were made, as a question bounds it: "in" a month or year, "since", "after" or "before"
    one ("who endorsed bass in august 2022", "de leon endorsements since june 2022")."""

    relation: str  # "in", "since", "after", "before"
    month: int | None
    year: int | None
    day: dt.date | None = None  # a stage's election day instead of a month or year ("after the june primary")

    def holds(self, day: dt.date | None) -> bool:
        """Whether an endorsement of that day is in the period (an undated one never is)."""
        if day is None:
            return False
        if self.day is not None:
            return {"in": day == self.day, "since": day >= self.day, "after": day > self.day,
                    "before": day < self.day}[self.relation]
        key = (day.year, day.month) if self.month else (day.year,)
        bound = (self.year or day.year, self.month) if self.month else (self.year or day.year,)
        return {"in": key == bound, "since": key >= bound, "after": key > bound, "before": key < bound}[self.relation]

    def text(self, m: Messages) -> str:
        """ "in August 2022", "since June", "before 2022" ("en agosto de 2022", "desde junio")."""
        when = (m.date(self.day) if self.day is not None else
                m.date(dt.date(self.year or 2000, self.month, 1), "month_year" if self.year else "month")
                if self.month else str(self.year))
        phrase = {"in": m.gettext("in {when}"), "since": m.gettext("since {when}"),
                  "after": m.gettext("after {when}"), "before": m.gettext("before {when}")}[self.relation]
        return phrase.format(when=when)


def kind_label(kind: str, m: Messages) -> str:
    """A kind of endorser in the plural, in the asker's language ("newspapers", "periódicos")."""
    labels = {"newspaper": m.gettext("newspapers"), "union": m.gettext("unions"),
              "celebrity": m.gettext("celebrities"), "official": m.gettext("elected officials"),
              "organization": m.gettext("organizations"), "person": m.gettext("people")}
    return labels.get(kind, kind)


async def endorsements_of(reader: Reader, candidate: Candidate, race: RaceView | None = None,
                          kind: str | None = None, title_words: tuple[str, str] | None = None, *,
                          current: bool = False, without: Sequence[int] = (), period: Period | None = None) -> Answer:
    """Who endorsed a candidate (in one race, of one kind of endorser, when given; with `title_words`, the words as
    typed and the title their descriptions hold: ("county supervisors", "supervisor"); `current`: no former holder of
    it; `without`: the endorsers set aside, "other than the police union"; `period`: made then), each with its
    source."""
    m = reader.messages
    _ = m.gettext
    rows = [e for e in await reader.endorsements_of(candidate.id) if (race is None or e.race_id == race.id)
            and (kind is None or e.endorser.kind == kind)
            and (title_words is None or title_words[1] in fold(e.endorser.description or ""))
            and not (current and fold(e.endorser.description or "").startswith("former"))
            and e.endorser.id not in without and (period is None or period.holds(e.date))]
    if period is not None:  # "who endorsed bass in august 2022": those of the period, or that none is on record
        return _endorsements_then(rows, candidate, kind, period, m)
    if title_words is not None:  # "which county supervisors endorsed bass": those, or none; named as typed
        kind = kind or title_words[0]
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    title = _("Endorsements of {name}").format(name=candidate.name)
    if not rows and without:  # none but the ones set aside
        summary = (_("No other endorsements of {name} by {kinds} are recorded.").format(name=candidate.name,
                                                                                       kinds=kind_label(kind, m))
                   if kind else _("No other endorsements of {name} are recorded.").format(name=candidate.name))
        return Answer(QuestionKind.ENDORSEMENTS_OF, status="no_data", title=title, summary=summary, facts=(),
                      entities=(entity,))
    if not rows:
        summary = (_("No endorsements of {name} by {kinds} are recorded.").format(name=candidate.name,
                                                                                 kinds=kind_label(kind, m))
                   if kind else _("No endorsements of {name} are recorded.").format(name=candidate.name))
        return Answer(QuestionKind.ENDORSEMENTS_OF, status="no_data", title=title, summary=summary, facts=(),
                      entities=(entity,))
    facts = _endorsement_facts(rows, lambda e: e.endorser.name + (f" ({e.endorser.description})"
                                                                  if e.endorser.description else ""), m)
    count = endorser_count(rows)
    if kind:
        summary = m.ngettext("{count} endorsement of {name} by {kinds} on record.",
                             "{count} endorsements of {name} by {kinds} on record.", count).format(
            count=count, name=candidate.name, kinds=kind_label(kind, m))
    else:
        summary = m.ngettext("{count} endorsement of {name} on record.",
                             "{count} endorsements of {name} on record.", count).format(count=count,
                                                                                       name=candidate.name)
    return Answer(QuestionKind.ENDORSEMENTS_OF, status="ok", title=title, summary=summary, facts=facts,
                  entities=(entity,))


async def endorsements_in_race(reader: Reader, race: RaceView, kind: str | None) -> Answer:
    """The endorsements in a race (by one kind of endorser, when given): who endorsed whom, with sources."""
    m = reader.messages
    name = race_name(race, m)
    rows = [e for c in race.candidacies for e in await reader.endorsements_of(c.candidate_id)
            if e.race_id == race.id and (kind is None or e.endorser.kind == kind)]
    kinds = kind_label(kind, m) if kind else m.gettext("anyone")
    title = m.gettext("Endorsements: {race}").format(race=name)
    if not rows:
        return Answer(QuestionKind.ENDORSEMENTS_OF, status="no_data", title=title,
                      summary=m.gettext("No endorsements by {kinds} in {race} are recorded.").format(kinds=kinds,
                                                                                                    race=name),
                      entities=(race_entity(race),), race_slug=race.slug)
    facts = _endorsement_facts(sorted(rows, key=lambda e: (e.candidate.name, e.endorser.name)),
                               lambda e: m.gettext("{endorser} endorsed {candidate}").format(
                                   endorser=e.endorser.name, candidate=e.candidate.name), m)
    by_candidate = Counter(e.candidate.name for e in {(e.endorser.id, e.candidate.id): e for e in rows}.values())
    # the most endorsed first ("who has the most"); an endorser who endorsed again counted once
    names = m.series([f"{who} ({m.number(n)})" for who, n in by_candidate.most_common()])
    count = endorser_count(rows)
    summary = (m.ngettext("{count} endorsement by {kinds} in {race} on record: {names}.",
                          "{count} endorsements by {kinds} in {race} on record: {names}.", count) if kind else
               m.ngettext("{count} endorsement in {race} on record: {names}.",
                          "{count} endorsements in {race} on record: {names}.", count)).format(
        count=count, kinds=kinds, race=name, names=names)
    return Answer(QuestionKind.ENDORSEMENTS_OF, status="ok", title=title, summary=summary, facts=facts,
                  entities=(race_entity(race),), race_slug=race.slug)


async def endorsements_by(reader: Reader, endorser_id: int, candidate_ids: Sequence[int] = (),
                          yes_no: bool = False) -> Answer:
    """Whom an endorser endorsed, each endorsement with its source; with candidates named ("when did snoop dogg
    endorse caruso"), whether and when it endorsed them first. `yes_no`: the question asks whether ("did snoop dogg
    endorse anyone"), so a yes leads the answer; a question of whom ("who did the la times back") has none."""
    m = reader.messages
    _ = m.gettext
    rows = await reader.endorsements_by(endorser_id)
    endorser = rows[0].endorser if rows else await reader.endorser(endorser_id)  # the rows carry it
    assert endorser is not None
    entity = ResolvedEntity("endorser", endorser.id, endorser.name, 100.0)
    title = _("Endorsements by {name}").format(name=endorser.name)
    if not rows:
        return Answer(QuestionKind.ENDORSEMENTS_BY, status="no_data", title=title,
                      summary=_("{name} has no endorsement on record.").format(name=endorser.name), facts=(),
                      entities=(entity,))
    facts = _endorsement_facts(rows, lambda e: f"{e.candidate.name} ({race_name(e.race, m)})", m)
    named = [e for e in rows if e.candidate.id in candidate_ids]
    if named:  # the endorsements of the people asked about, each dated where the sources date it
        days: dict[str, list[str]] = {}
        for e in named:
            days.setdefault(e.candidate.name, []).extend([m.date(e.date)] if e.date else [])
        endorsed = ", ".join(_("{name} on {date}").format(name=who, date=m.series(on)) if on else who
                             for who, on in days.items())
    else:
        endorsed = ", ".join(dict.fromkeys(e.candidate.name for e in rows))
    summary = (_("Yes: {endorser} endorsed {names}.") if named or yes_no
               else _("{endorser} endorsed {names}.")).format(endorser=endorser.name, names=endorsed)
    return Answer(QuestionKind.ENDORSEMENTS_BY, status="ok", title=title, summary=summary, facts=facts,
                  entities=(entity,))


async def not_a_candidate(reader: Reader, endorser_id: int, race: RaceView) -> Answer:
    """Someone who only endorses, asked of a race as if they ran in it ("how many votes did nury martinez get in the
    la mayor primary"): not a candidate there, and whom they endorsed in it."""
    m = reader.messages
    _ = m.gettext
    endorser = await reader.endorser(endorser_id)
    assert endorser is not None
    rows = [e for e in await reader.endorsements_by(endorser_id) if e.race.id == race.id]
    summary = _("{name} was not a candidate in the {race}.").format(name=endorser.name, race=race_name(race, m))
    if rows:
        summary += " " + _("{name} endorsed {names}.").format(
            name=endorser.name, names=m.series(list(dict.fromkeys(e.candidate.name for e in rows))))
    # whom they backed there is known, and said ("who is snoop dogg rooting for in the la mayor race")
    return Answer(QuestionKind.CANDIDATE, status="ok" if rows else "not_found",
                  title=_("Not a candidate: {name}").format(name=endorser.name), summary=summary,
                  facts=_endorsement_facts(rows, lambda e: e.candidate.name, m),
                  entities=(race_entity(race), ResolvedEntity("endorser", endorser.id, endorser.name, 100.0)),
                  race_slug=race.slug)


def _endorsements_then(rows: Sequence[EndorsementView], candidate: Candidate, kind: str | None, period: Period,
                       m: Messages) -> Answer:
    """The endorsements of a candidate made in a period (of a kind of endorser), or that none is on record."""
    _ = m.gettext
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    values = {"name": candidate.name, "period": period.text(m), "kinds": kind_label(kind, m) if kind else ""}
    if not rows:
        summary = (_("No endorsement of {name} by {kinds} {period} is on record.") if kind
                   else _("No endorsement of {name} {period} is on record.")).format(**values)
        return Answer(QuestionKind.ENDORSEMENTS_OF, status="no_data",
                      title=_("Endorsements of {name}").format(name=candidate.name), summary=summary,
                      entities=(entity,))
    count = endorser_count(rows)
    summary = (m.ngettext("{count} endorsement of {name} by {kinds} {period} on record.",
                          "{count} endorsements of {name} by {kinds} {period} on record.", count) if kind
               else m.ngettext("{count} endorsement of {name} {period} on record.",
                               "{count} endorsements of {name} {period} on record.", count)).format(count=count,
                                                                                                   **values)
    facts = _endorsement_facts(rows, lambda e: e.endorser.name + (f" ({e.endorser.description})"
                                                                  if e.endorser.description else ""), m)
    return Answer(QuestionKind.ENDORSEMENTS_OF, status="ok", title=_("Endorsements of {name}").format(
        name=candidate.name), summary=summary, facts=facts, entities=(entity,))


def no_endorsement_by(candidate: Candidate, m: Messages) -> Answer:
    """Whom a candidate endorsed, who endorsed no one on record ("who did bass endorse")."""
    return Answer(QuestionKind.ENDORSEMENTS_BY, status="no_data",
                  title=m.gettext("Endorsements by {name}").format(name=candidate.name),
                  summary=m.gettext("No endorsement by {name} is on record.").format(name=candidate.name),
                  entities=(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0),))
