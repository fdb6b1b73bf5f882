"""The ORM models: races, candidates, polls, endorsements, results and their sources."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}
    # Named constraints, so that migrations can alter them on every database (SQLite copies tables to alter them).
    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })


class Source(Base):
    """Where a fact came from: every poll, endorsement and result points at one."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    publisher: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Race(Base):
    __tablename__ = "race"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    office: Mapped[str] = mapped_column(String(300))
    office_type: Mapped[str | None] = mapped_column(String(100))
    jurisdiction: Mapped[str] = mapped_column(String(200))
    state: Mapped[str | None] = mapped_column(String(40))
    cycle: Mapped[int] = mapped_column(Integer, index=True)
    nonpartisan: Mapped[bool] = mapped_column(Boolean, default=False)
    places: Mapped[list[str]] = mapped_column(default=list)

    stages: Mapped[list[RaceStage]] = relationship(
        back_populates="race", cascade="all, delete-orphan", order_by="RaceStage.date"
    )
    candidacies: Mapped[list[Candidacy]] = relationship(back_populates="race", cascade="all, delete-orphan")


class RaceStage(Base):
    """One election day of a race: primary, general, runoff ..."""

    __tablename__ = "race_stage"
    __table_args__ = (UniqueConstraint("race_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(40))
    date: Mapped[dt.date] = mapped_column(Date)

    race: Mapped[Race] = relationship(back_populates="stages")


class Candidate(Base):
    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    aliases: Mapped[list[str]] = mapped_column(default=list)
    party: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)

    candidacies: Mapped[list[Candidacy]] = relationship(back_populates="candidate")


class Candidacy(Base):
    """A candidate running in one race, with their status there."""

    __tablename__ = "candidacy"
    __table_args__ = (UniqueConstraint("race_id", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(30), default="running")
    party: Mapped[str | None] = mapped_column(String(100))
    incumbent: Mapped[bool] = mapped_column(Boolean, default=False)

    race: Mapped[Race] = relationship(back_populates="candidacies")
    candidate: Mapped[Candidate] = relationship(back_populates="candidacies")


class Poll(Base):
    __tablename__ = "poll"
    __table_args__ = (UniqueConstraint("race_id", "key"), Index("ix_poll_race_end", "race_id", "end_date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"))
    # Stable key within the race: a bundle's poll id, or "538:<poll_id>" for 538 rows.
    key: Mapped[str] = mapped_column(String(160))
    pollster: Mapped[str] = mapped_column(String(300), index=True)
    sponsors: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    # When a source reported the poll, for polls whose field dates are unknown.
    reported: Mapped[dt.date | None] = mapped_column(Date)
    sample_size: Mapped[int | None] = mapped_column(Integer)
    population: Mapped[str | None] = mapped_column(String(10))
    method: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))

    source: Mapped[Source] = relationship(lazy="joined")
    results: Mapped[list[PollResult]] = relationship(back_populates="poll", cascade="all, delete-orphan")

    @property
    def as_of(self) -> dt.date:
        """The poll's date for ordering and averaging: the end of fieldwork, else when it was reported."""
        when = self.end_date or self.reported
        assert when is not None, "the importers require end_date or reported"
        return when


class PollResult(Base):
    """One candidate's share in one question of a poll, overall ("" subgroup) or within a subgroup."""

    __tablename__ = "poll_result"
    __table_args__ = (UniqueConstraint("poll_id", "question", "subgroup", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(String(80), default="")
    subgroup: Mapped[str] = mapped_column(String(120), default="")
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    pct: Mapped[float | None] = mapped_column(Float)
    # For a subgroup a source describes without figures: does this candidate lead it, and what it said.
    leads: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    poll: Mapped[Poll] = relationship(back_populates="results")
    candidate: Mapped[Candidate] = relationship()


class Endorser(Base):
    __tablename__ = "endorser"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="person")
    description: Mapped[str | None] = mapped_column(Text)


class Endorsement(Base):
    __tablename__ = "endorsement"
    __table_args__ = (UniqueConstraint("endorser_id", "candidate_id", "race_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    endorser_id: Mapped[int] = mapped_column(ForeignKey("endorser.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    quote: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))

    endorser: Mapped[Endorser] = relationship(lazy="joined")
    candidate: Mapped[Candidate] = relationship(lazy="joined")
    race: Mapped[Race] = relationship()
    source: Mapped[Source] = relationship(lazy="joined")


class ElectionResult(Base):
    """Votes and share of one candidate in one stage of a race."""

    __tablename__ = "election_result"
    __table_args__ = (UniqueConstraint("race_id", "stage", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(40))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    votes: Mapped[int | None] = mapped_column(BigInteger)
    pct: Mapped[float | None] = mapped_column(Float)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))

    candidate: Mapped[Candidate] = relationship(lazy="joined")
    source: Mapped[Source] = relationship(lazy="joined")


class GuildSettings(Base):
    """Per-server settings such as the default race for questions without one."""

    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    default_race_id: Mapped[int | None] = mapped_column(ForeignKey("race.id", ondelete="SET NULL"))


class Meta(Base):
    """Key/value facts about the database itself: the data version, whether bundled data was loaded."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class DataChange(Base):
    """What an import added or changed, and when: the record that update posts are made from."""

    __tablename__ = "data_change"
    __table_args__ = (Index("ix_data_change_race_id_id", "race_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # poll, endorsement, result
    change: Mapped[str] = mapped_column(String(20))  # added, updated
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str | None] = mapped_column(String(1000))  # the file or feed it came from
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
