"""A raw http server on 127.0.0.1 that misbehaves on purpose, and a resolver whose answers a test chooses."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp.abc import AbstractResolver, ResolveResult

Writer = asyncio.StreamWriter


def big_poll_csv(polls: int) -> bytes:
    """A 538 polls CSV of the LA race with `polls` polls of two candidates (about 230 bytes a poll)."""
    rows = ["poll_id,pollster,end_date,sample_size,url,race,stage,candidate_name,pct"]
    for n in range(polls):
        rows += [f"{50000 + n},Chunk Research {n},2022-05-{n % 28 + 1:02d},900,https://polls.example/c{n},"
                 f"la-mayor-2022,primary,{name},{pct}" for name, pct in (("Karen Bass", 38.5), ("Rick Caruso", 31.5))]
    return ("\n".join(rows) + "\n").encode()


def head(status: str = "200 OK", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@dataclass
class MisbehavingServer:
    """Serves GET /NAME by the coroutine registered for NAME; each writes raw bytes to the socket, as it likes."""

    routes: dict[str, Callable[[Writer], object]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    port: int = 0
    _server: asyncio.Server | None = None
    _open: set[Writer] = field(default_factory=set)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)  # a route that never answers waits for it

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/{path.lstrip('/')}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        assert self._server is not None
        self.stopping.set()
        self._server.close()
        for writer in list(self._open):  # a route that never answers holds its connection open
            writer.close()
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        self._open.add(writer)
        try:
            request = await reader.readuntil(b"\r\n\r\n")
            path = request.split(b" ", 2)[1].decode().lstrip("/")
            self.requests.append(path)
            route = self.routes.get(path.split("?", 1)[0])
            if route is None:
                writer.write(head("404 Not Found", Content_Length=0))
            else:
                await route(writer)  # type: ignore[misc]
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._open.discard(writer)
            writer.close()


class ChosenResolver(AbstractResolver):
    """Answers each name with the addresses a test set, in turn (a name can change its answer: DNS rebinding)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
                      ) -> list[ResolveResult]:
        self.asked.append(host)
        turns = self.answers.get(host)
        if not turns:
            raise OSError(f"no such host {host}")
        addresses = turns.pop(0) if len(turns) > 1 else turns[0]
        return [ResolveResult(hostname=host, host=a, port=port,
                              family=socket.AF_INET6 if ":" in a else socket.AF_INET, proto=0, flags=0)
                for a in addresses]

    async def close(self) -> None:
        return None
