"""A candidate's highest or lowest share in the polls of a race, with the poll that gave it."""

from __future__ import annotations

from bot.db.views import CandidateView as Candidate
from bot.db.views import RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.average import only_hypothetical, topline
from bot.engine.answers.reader import Reader
from bot.engine.answers.wording import no_polls, poll_label, race_entity, race_name, source_ref
from bot.engine.kinds import QuestionKind


async def extreme_poll(reader: Reader, race: RaceView, candidate: Candidate, highest: bool) -> Answer:
    """The poll of the race that gave the candidate their highest (or lowest) share of its main question; ties: the
    newest such poll."""
    m = reader.messages
    shares = [(r.pct, poll) for poll in await reader.polls(race.id) if not only_hypothetical(poll)
              for r in topline(poll) if r.candidate_id == candidate.id and r.pct is not None]
    if not shares:
        return no_polls(race, QuestionKind.LATEST_POLL, m)
    pct, poll = max(shares, key=lambda s: (s[0] if highest else -s[0], s[1].as_of))
    template = (m.gettext("{name}'s highest share in a poll of {race}: {pct}, in {poll}.") if highest
                else m.gettext("{name}'s lowest share in a poll of {race}: {pct}, in {poll}."))
    summary = template.format(name=candidate.name, race=race_name(race, m), pct=m.percent(pct),
                              poll=poll_label(poll, m))
    counted = m.ngettext("Of {count} poll that included them.", "Of {count} polls that included them.",
                         len(shares)).format(count=m.number(len(shares)))
    title = m.gettext("Polls: {race}").format(race=race_name(race, m))
    return Answer(QuestionKind.LATEST_POLL, status="ok", title=title,
                  summary=summary, facts=(Fact(summary, source_ref(poll.source), poll.as_of), Fact(counted)),
                  entities=(race_entity(race), ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)),
                  race_slug=race.slug, extra={"poll_id": poll.id})
