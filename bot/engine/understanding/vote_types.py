"""The vote type a question asks about ("mail votes", "early vote", "votos por correo"), as the counts name their
vote types ("mail", "early", "election day", "provisional")."""

from __future__ import annotations

from collections.abc import Sequence

# Phrases of each vote type, folded, longest first where one holds another; English and Spanish.
VOTE_TYPE_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("election", "day"), "election day"), (("day", "of"), "election day"), (("en", "persona"), "election day"),
    (("dia", "de", "la", "eleccion"), "election day"), (("dia", "de", "las", "elecciones"), "election day"),
    (("el", "dia", "de"), "election day"),
    (("by", "mail"), "mail"), (("mail", "in"), "mail"), (("por", "correo"), "mail"), (("mail",), "mail"),
    (("mailin",), "mail"), (("mailed",), "mail"), (("absentee",), "mail"), (("correo",), "mail"),
    (("early",), "early"), (("advance",), "early"), (("advanced",), "early"), (("anticipado",), "early"),
    (("anticipados",), "early"), (("anticipada",), "early"), (("anticipadas",), "early"), (("adelantado",), "early"),
    (("adelantados",), "early"),
    (("provisional",), "provisional"), (("provisionales",), "provisional"),
)
# The phrases by their first word, in the order above: a question's word starts a phrase only if it is one of these.
_PHRASES_BY_FIRST_WORD: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    first: tuple(item for item in VOTE_TYPE_PHRASES if item[0][0] == first)
    for first in dict.fromkeys(phrase[0] for phrase, _kind in VOTE_TYPE_PHRASES)}
# Words that make a vote-type word something else: "early polls", "early lead" are no early votes.
_NOT_AFTER = {"poll", "polls", "polling", "lead", "leader", "encuesta", "encuestas", "days"}
# A vote type is asked only with a word of votes or ballots near it ("mail votes", "votos por correo").
VOTE_WORDS = {"vote", "votes", "voting", "voters", "ballot", "ballots", "votos", "voto", "boletas", "papeletas",
              "sufragios", "votantes"}


def find_vote_type(words: Sequence[str], taken: set[int]) -> tuple[str | None, range]:
    """The vote type named with a word of votes within three words of it, and the positions of its words."""
    for i, word in enumerate(words):
        for phrase, kind in _PHRASES_BY_FIRST_WORD.get(word, ()):
            end = i + len(phrase)
            if tuple(words[i:end]) != phrase or set(range(i, end)) & taken:
                continue
            if end < len(words) and words[end] in _NOT_AFTER:
                continue
            near = set(words[max(0, i - 3):end + 3])
            if near & VOTE_WORDS:
                return kind, range(i, end)
    return None, range(0)
