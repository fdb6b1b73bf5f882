"""Answers about endorsements: who endorsed a candidate, and whom an endorser endorsed."""

from __future__ import annotations

import datetime as dt

from bot.db.views import CandidateView as Candidate
from bot.db.views import RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.reader import Reader
from bot.engine.answers.wording import race_name, source_ref
from bot.engine.kinds import QuestionKind
from bot.i18n import Messages


def _endorsement_text(head: str, date: dt.date | None, quote: str | None, m: Messages) -> str:
    return head + (f", {m.date(date)}" if date else "") + (f": “{quote}”" if quote else "")


async def endorsements_of(reader: Reader, candidate: Candidate, race: RaceView | None = None) -> Answer:
    """Who endorsed a candidate (in one race, when given), each endorsement with its source."""
    m = reader.messages
    _ = m.gettext
    rows = [e for e in await reader.endorsements_of(candidate.id) if race is None or e.race_id == race.id]
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    title = _("Endorsements of {name}").format(name=candidate.name)
    if not rows:
        return Answer(QuestionKind.ENDORSEMENTS_OF, status="no_data", title=title,
                      summary=_("No endorsements of {name} are recorded.").format(name=candidate.name), facts=(),
                      entities=(entity,))
    facts = tuple(
        Fact(_endorsement_text(f"{e.endorser.name}" + (f" ({e.endorser.description})" if e.endorser.description
                                                       else ""), e.date, e.quote, m),
             source_ref(e.source), e.date)
        for e in rows
    )
    summary = m.ngettext("{count} endorsement of {name} on record.", "{count} endorsements of {name} on record.",
                         len(rows)).format(count=len(rows), name=candidate.name)
    return Answer(QuestionKind.ENDORSEMENTS_OF, status="ok", title=title, summary=summary, facts=facts,
                  entities=(entity,))


async def endorsements_by(reader: Reader, endorser_id: int) -> Answer:
    """Whom an endorser endorsed, each endorsement with its source."""
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
    facts = tuple(
        Fact(_endorsement_text(f"{e.candidate.name} ({race_name(e.race, m)})", e.date, e.quote, m),
             source_ref(e.source), e.date)
        for e in rows
    )
    endorsed = ", ".join(dict.fromkeys(e.candidate.name for e in rows))
    summary = _("Yes: {endorser} endorsed {names}.").format(endorser=endorser.name, names=endorsed)
    return Answer(QuestionKind.ENDORSEMENTS_BY, status="ok", title=title, summary=summary, facts=facts,
                  entities=(entity,))
