"""What an import changed, counted by kind of row, with the cells it repaired: the summary every importer returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.importers.records import Repair

REPAIRS_SHOWN = 3  # the first few repairs are printed with the summary
KINDS = ("races", "candidates", "polls", "poll results", "endorsements", "results", "turnouts", "sources")
# A kind of row as the change log names it, one of a kind: "race added", "poll updated".
LOG_KINDS = {"races": "race", "candidates": "candidate", "polls": "poll", "poll results": "poll result",
             "endorsements": "endorsement", "results": "result", "turnouts": "turnout", "sources": "source"}


@dataclass
class ChangeCount:
    """How many rows of one kind an import added, updated and found unchanged."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        """The rows added or updated."""
        return self.added + self.updated


@dataclass
class ImportSummary:
    """What importing one file changed, by kind of row, and the malformed cells it repaired."""

    path: str
    counts: dict[str, ChangeCount] = field(default_factory=lambda: {k: ChangeCount() for k in KINDS})
    repairs: list[Repair] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)  # new spellings found to name a known person, a line each

    def add(self, kind: str, how: str, n: int = 1) -> None:
        """Count `n` rows of `kind` as `how` (added, updated or unchanged)."""
        count = self.counts[kind]
        setattr(count, how, getattr(count, how) + n)

    @property
    def changed(self) -> bool:
        """Whether the import added or updated any row."""
        return any(c.changed for c in self.counts.values())

    @property
    def rows_changed(self) -> int:
        """How many rows the import added or updated, of every kind."""
        return sum(c.changed for c in self.counts.values())

    def changes(self) -> dict[str, int]:
        """What the import added and updated, as the change log counts it: "race added" -> 2, "poll updated" -> 3."""
        out: dict[str, int] = {}
        for kind, count in self.counts.items():
            for how, n in (("added", count.added), ("updated", count.updated)):
                if n:
                    out[f"{LOG_KINDS[kind]} {how}"] = n
        return out

    def lines(self) -> list[str]:
        """The summary as lines for a reader: the counts of each kind that occurs, the first repairs, then each new
        spelling of a known person's name."""
        out = []
        for kind, c in self.counts.items():
            if c.added or c.updated or c.unchanged:
                out.append(f"{kind}: {c.added} added, {c.updated} updated, {c.unchanged} unchanged")
        if self.repairs:
            shown = "; ".join(r.describe() for r in self.repairs[:REPAIRS_SHOWN])
            more = f" (and {len(self.repairs) - REPAIRS_SHOWN} more)" if len(self.repairs) > REPAIRS_SHOWN else ""
            out.append(f"repaired {len(self.repairs)} malformed cell{'s' if len(self.repairs) != 1 else ''}: "
                       f"{shown}{more}")
        out += self.merges
        return out or ["nothing in the file"]
