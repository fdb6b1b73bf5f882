"""Whether this process can do its job, and the HTTP endpoint that says so: /healthz (the gateway connected, the
database answering, the outbox draining) and /metrics (Prometheus' text format), opt-in with METRICS_PORT."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy import text

from bot.db.database import Database
from bot.errors import ConfigError
from bot.metrics import CONTENT_TYPE_LATEST, GatewayShard, Metrics
from bot.updates.outbox import Clock, Outbox, ShardScope, utc_now
from bot.updates.thresholds import OUTBOX_STUCK_SECONDS

log = logging.getLogger(__name__)

CHECK_TIMEOUT_SECONDS = 3.0  # each database check: a scrape (10 s by default) gets its answer in time


@dataclass(frozen=True, slots=True)
class Check:
    """One check of /healthz: its name, whether it passed, and what it found, in words for the operator."""

    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class HealthReport:
    """Every check of one /healthz request."""

    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return all(check.ok for check in self.checks)

    @property
    def failing(self) -> list[str]:
        """The names of the checks that failed."""
        return [check.name for check in self.checks if not check.ok]

    def to_json(self) -> dict[str, object]:
        """The body of /healthz: the status, the failing checks by name, and each check's finding."""
        return {"status": "ok" if self.ok else "failing", "failing": self.failing,
                "checks": {check.name: {"ok": check.ok, "detail": check.detail} for check in self.checks}}


class Health:
    """The checks of one process. `gateway` lists its connections (the Discord side knows them), `database` gives
    the database once it is open; the results also set the gauges of `metrics` read at each scrape."""

    def __init__(self, gateway: Callable[[], Sequence[GatewayShard]], database: Callable[[], Database | None], *,
                 metrics: Metrics | None = None, scope: ShardScope | None = None, clock: Clock = utc_now,
                 stuck_after_seconds: float = OUTBOX_STUCK_SECONDS,
                 timeout_seconds: float = CHECK_TIMEOUT_SECONDS) -> None:
        self.gateway = gateway
        self.database = database
        self.metrics = metrics
        self.scope = scope or ShardScope()
        self.clock = clock
        self.stuck_after_seconds = stuck_after_seconds
        self.timeout_seconds = timeout_seconds

    async def check(self) -> HealthReport:
        """Run every check: the gateway, then the database, then the outbox (not read when the database fails)."""
        gateway = self.check_gateway()
        database = await self.check_database()
        outbox = (await self.check_outbox() if database.ok
                  else Check("outbox", False, "not checked: the database does not answer"))
        report = HealthReport((gateway, database, outbox))
        if self.metrics is not None:
            self.metrics.checks({check.name: check.ok for check in report.checks})
        return report

    def check_gateway(self) -> Check:
        """Every shard of this process has its gateway connection open."""
        shards = list(self.gateway())
        if self.metrics is not None:
            self.metrics.gateway(shards, self.scope.count)
        if not shards:
            return Check("gateway", False, "not connected to Discord yet")
        down = [shard.shard_id for shard in shards if not shard.connected]
        if down:
            return Check("gateway", False, f"disconnected from Discord: shard {', '.join(map(str, down))} "
                                           "(reconnecting)")
        latency = ", ".join(f"shard {shard.shard_id} {_milliseconds(shard.latency_seconds)}" for shard in shards)
        return Check("gateway", True, f"connected ({latency})")

    async def check_database(self) -> Check:
        """The database answers a query within the timeout."""
        db = self.database()
        if db is None:
            return Check("database", False, "not open yet")
        try:
            async with asyncio.timeout(self.timeout_seconds):
                async with db.engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
        except TimeoutError:
            return Check("database", False, f"no answer within {self.timeout_seconds:g} s")
        except Exception as exc:  # whatever the driver raises, the check fails with its reason
            return Check("database", False, f"does not answer: {_reason(exc)}")
        return Check("database", True, "answers")

    async def check_outbox(self) -> Check:
        """No post has waited longer than `stuck_after_seconds` since it was due."""
        db = self.database()
        assert db is not None
        try:
            async with asyncio.timeout(self.timeout_seconds):
                backlog = await Outbox(db, scope=self.scope, clock=self.clock).backlog()
        except TimeoutError:
            return Check("outbox", False, f"could not be read within {self.timeout_seconds:g} s")
        except Exception as exc:  # a missing table, a lost connection: reported, never raised to the scraper
            return Check("outbox", False, f"could not be read: {_reason(exc)}")
        if self.metrics is not None:
            self.metrics.outbox(backlog.depth, backlog.oldest_due_seconds)
        waiting = f"{backlog.depth} post{'s' if backlog.depth != 1 else ''} waiting"
        if backlog.oldest_due_seconds > self.stuck_after_seconds:
            return Check("outbox", False, f"stuck: the oldest due post has waited {backlog.oldest_due_seconds:.0f} s "
                                          f"(more than {self.stuck_after_seconds:g} s); {waiting}")
        return Check("outbox", True, f"draining: {waiting}, the oldest due for {backlog.oldest_due_seconds:.0f} s")


def _milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds == seconds and seconds != float("inf") else "no heartbeat yet"


def _reason(exc: BaseException) -> str:
    """An exception in one short line: its class and the first line of its message."""
    message = str(exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {message[0][:300]}" if message else exc.__class__.__name__


class StatusEndpoint:
    """The HTTP server of /healthz and /metrics, in the bot's event loop."""

    def __init__(self, health: Health, metrics: Metrics, host: str, port: int) -> None:
        self.health = health
        self.metrics = metrics
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen on host:port; ConfigError (one line) when that address cannot be had."""
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics_page)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except OSError as exc:
            await runner.cleanup()
            raise ConfigError(f"METRICS_PORT: cannot serve /healthz and /metrics on {self.host}:{self.port} "
                              f"({exc.strerror or exc}); pick another port or METRICS_HOST") from None
        self._runner = runner
        log.info("serving /healthz and /metrics on http://%s:%d", self.host, self.port)

    async def close(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, request: web.Request) -> web.Response:
        """200 when every check passes, 503 otherwise; the JSON body names the failing checks."""
        report = await self.health.check()
        return web.Response(text=json.dumps(report.to_json()), status=200 if report.ok else 503,
                            content_type="application/json")

    async def metrics_page(self, request: web.Request) -> web.Response:
        """The metrics, with the gauges of the checks read now."""
        await self.health.check()
        response = web.Response(body=self.metrics.render())
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response
