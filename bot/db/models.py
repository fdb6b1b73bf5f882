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

from bot.db.views import poll_date


class Base(DeclarativeBase):
    """The declarative base: JSON for dicts and lists, and named constraints."""

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
    """An election race: an office in a place and a cycle, with its stages and candidacies."""

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
    # The race as a structured thing (see bot/races.py): what questions are matched against, not the name.
    office_kind: Mapped[str] = mapped_column(String(20), default="other")
    state_code: Mapped[str | None] = mapped_column(String(2))
    locality: Mapped[str | None] = mapped_column(String(200))
    district: Mapped[str | None] = mapped_column(String(20))
    seat_class: Mapped[str | None] = mapped_column(String(5))
    special: Mapped[bool] = mapped_column(Boolean, default=False)
    # A ballot measure (office_kind "measure", choices Yes and No): the share of the vote (percent) it needs to pass,
    # where the measure states one (Colorado's constitutional amendments: 55); None: a simple majority.
    pass_threshold: Mapped[float | None] = mapped_column(Float)

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
    """A person who runs in one race or more."""

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
    """One poll of a race: who fielded it, when, among whom, and its source."""

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
        """The poll's date: when its fieldwork ended, or when it was reported."""
        return poll_date(self.end_date, self.reported)


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
    # A match-up that is not on the ballot ("if the election were between ..."): never a poll's main question.
    hypothetical: Mapped[bool] = mapped_column(Boolean, default=False)
    # The round of a ranked-choice question (its question label names the round); the final round is the main one.
    ranked_round: Mapped[int | None] = mapped_column(Integer)

    poll: Mapped[Poll] = relationship(back_populates="results")
    candidate: Mapped[Candidate] = relationship()


class Endorser(Base):
    """A person or organisation that endorses candidates."""

    __tablename__ = "endorser"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="person")
    description: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(default=list)  # acronyms and the names people use


class PollsterAlias(Base):
    """Other names of a pollster or poll sponsor ("LMU" for "Loyola Marymount University")."""

    __tablename__ = "pollster_alias"
    __table_args__ = (UniqueConstraint("pollster", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pollster: Mapped[str] = mapped_column(String(300))
    alias: Mapped[str] = mapped_column(String(300))


class Endorsement(Base):
    """An endorser's endorsement of a candidate in a race, with its date, quote and source."""

    __tablename__ = "endorsement"
    __table_args__ = (UniqueConstraint("endorser_id", "candidate_id", "race_id", "date"),)

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


class StageTurnout(Base):
    """The turnout of one stage of a race as a source states it: registered voters and ballots cast (a race's
    bundle gives it; a results file's turnout is its count's, ResultSnapshot)."""

    __tablename__ = "stage_turnout"
    __table_args__ = (UniqueConstraint("race_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(40))
    registered: Mapped[int | None] = mapped_column(BigInteger)
    ballots_cast: Mapped[int | None] = mapped_column(BigInteger)
    pct: Mapped[float | None] = mapped_column(Float)  # the turnout the source states, which may not be their ratio
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))


class ResultSnapshot(Base):
    """The count of one stage of a race at one moment, as a results source published it. Snapshots are history,
    never overwritten: the newest is the current count; a certified one is final."""

    __tablename__ = "result_snapshot"
    __table_args__ = (UniqueConstraint("race_id", "stage", "source_id", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(40))
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the source's own clock, as published
    units_reported: Mapped[int | None] = mapped_column(Integer)  # precincts (or counties) counted so far ...
    units_total: Mapped[int | None] = mapped_column(Integer)  # ... of this many
    unit: Mapped[str] = mapped_column(String(20), default="precincts")
    certified: Mapped[bool] = mapped_column(Boolean, default=False)
    called_candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id", ondelete="SET NULL"))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    area: Mapped[str | None] = mapped_column(String(120))  # a county's file: the county; None: the whole race
    # All votes cast in the contest, the pseudo-candidates' included (undervotes, overvotes, unnamed write-ins,
    # scattering, void: never candidates, so never in `counts`); None where the file does not say.
    total_votes: Mapped[int | None] = mapped_column(BigInteger)
    registered: Mapped[int | None] = mapped_column(BigInteger)  # registered voters of the area counted, if given
    ballots_cast: Mapped[int | None] = mapped_column(BigInteger)  # ballots cast in that area, if given

    counts: Mapped[list[ResultCount]] = relationship(back_populates="snapshot", cascade="all, delete-orphan")
    race: Mapped[Race] = relationship(lazy="raise")  # set by an import before its race has an id; never loaded


class ResultCount(Base):
    """One candidate's votes in a results snapshot."""

    __tablename__ = "result_count"
    __table_args__ = (UniqueConstraint("snapshot_id", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("result_snapshot.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    votes: Mapped[int] = mapped_column(BigInteger)

    snapshot: Mapped[ResultSnapshot] = relationship(back_populates="counts")


class AreaCount(Base):
    """One candidate's votes of one vote type in one area of a count (a snapshot): a county (`precinct` None) or a
    precinct of a county. A candidate's votes in an area are the sum of its rows there: `vote_type` is "total"
    where the file gives no split, else one row per type ("election day", "mail", "early", "provisional" ...),
    never both. The race-wide votes stay in ResultCount."""

    __tablename__ = "area_count"
    __table_args__ = (Index("ix_area_count_snapshot_id_county", "snapshot_id", "county"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("result_snapshot.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    county: Mapped[str] = mapped_column(String(120))  # as the file names it, without "County": "Atkinson"
    precinct: Mapped[str | None] = mapped_column(String(200))
    vote_type: Mapped[str] = mapped_column(String(60), default="total")
    votes: Mapped[int] = mapped_column(BigInteger)


class AreaTurnout(Base):
    """The turnout of one area of a count, where the file gives it: registered voters, ballots cast, and all votes
    cast in the contest there (the pseudo-candidates' included). County (`precinct` None) or precinct, as AreaCount."""

    __tablename__ = "area_turnout"
    __table_args__ = (Index("ix_area_turnout_snapshot_id_county", "snapshot_id", "county"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("result_snapshot.id", ondelete="CASCADE"))
    county: Mapped[str] = mapped_column(String(120))
    precinct: Mapped[str | None] = mapped_column(String(200))
    registered: Mapped[int | None] = mapped_column(BigInteger)
    ballots_cast: Mapped[int | None] = mapped_column(BigInteger)
    total_votes: Mapped[int | None] = mapped_column(BigInteger)


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


class ChangeLogEntry(Base):
    """One change of the shared data as the operator's log keeps it: an import that changed data, or a feed added or
    removed; who made it, from where, with what file or feed, and how many of each kind of row it added or updated."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    action: Mapped[str] = mapped_column(String(20))  # import, feed added, feed removed
    via: Mapped[str] = mapped_column(String(20))  # discord, cli, feed, env, bundled, import (no author given)
    user_ref: Mapped[str | None] = mapped_column(String(100))  # a Discord user id, or the login name at the terminal
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    guild_name: Mapped[str | None] = mapped_column(String(100))  # as it was then; a reader may know a newer one
    file: Mapped[str] = mapped_column(String(1000))  # the file's name or path as given, or the feed's address
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # "race added" -> 2, "poll updated" -> 3
    races: Mapped[list[str]] = mapped_column(JSON, default=list)  # slugs of the first races it changed
    race_count: Mapped[int] = mapped_column(Integer, default=0)  # how many races it changed in all


class Subscription(Base):
    """A channel's subscription to a race's updates: new polls, new endorsements or a digest, and when."""

    __tablename__ = "update_subscription"
    __table_args__ = (UniqueConstraint("channel_id", "race_id", "what"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    race_id: Mapped[int] = mapped_column(ForeignKey("race.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(String(20))  # polls, endorsements, digest
    cadence: Mapped[str] = mapped_column(String(20))  # instant, daily, weekly
    at_time: Mapped[str | None] = mapped_column(String(5))  # HH:MM in `timezone`, for daily and weekly
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday, for weekly
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")  # of its posts: en, es
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # The newest data_change this subscription has turned into outbox rows (or chose to skip, at creation).
    change_cursor: Mapped[int] = mapped_column(Integer, default=0)
    # The newest data_change the last digest covered: the next digest lists what came after.
    digest_cursor: Mapped[int] = mapped_column(Integer, default=0)
    next_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))  # daily/weekly: next post
    failures: Mapped[int] = mapped_column(Integer, default=0)  # 403/404 answers in a row from the channel
    paused_reason: Mapped[str | None] = mapped_column(Text)
    paused_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class OutboxPost(Base):
    """One post of one subscription: created once per (subscription, item), marked sent after Discord accepts it."""

    __tablename__ = "update_outbox"
    __table_args__ = (
        UniqueConstraint("subscription_id", "item_key"),
        Index("ix_update_outbox_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("update_subscription.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int] = mapped_column(BigInteger, index=True)
    item_key: Mapped[str] = mapped_column(String(80))  # poll:12, endorsement:7, digest:2022-06-01T09:00
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending, sending, sent, dropped, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Set when an attempt was in flight when its process died: Discord may have the message already.
    uncertain: Mapped[bool] = mapped_column(Boolean, default=False)
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)


class Feed(Base):
    """A source of new data: a file path or an http(s) URL, refreshed on a schedule with conditional requests."""

    __tablename__ = "update_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    location: Mapped[str] = mapped_column(String(1000), unique=True)
    origin: Mapped[str] = mapped_column(String(20), default="env")  # env, command
    added_by: Mapped[int | None] = mapped_column(BigInteger)  # the admin told about failures
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    last_checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_ok_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_check_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
