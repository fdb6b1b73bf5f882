"""Fetching a feed over http(s): public addresses only (checked at every connection and redirect), whole bodies only,
each streamed to a temporary file (a 200 MB feed costs the process a chunk of memory, not 200 MB)."""

from __future__ import annotations

import errno
import hashlib
import ipaddress
import socket
import tempfile
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 3
READ_CHUNK_BYTES = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

_CARRIER_GRADE_NAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchFailed(Exception):
    """A feed could not be read whole; the message is one line naming the kind of failure, never the server's words."""


class AddressRefused(FetchFailed):
    """The feed's host is, or resolves to, an address outside the public internet."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        self.host, self.address, self.kind = host, address, kind
        shown = host if host == address else f"{host} ({address})"
        super().__init__(f"refused address: {shown} is {kind}, not on the public internet "
                         f"(an operator can allow it with FEEDS_ALLOW_PRIVATE=1)")


def address_kind(address: IPAddress) -> str | None:
    """Why an address is not on the public internet ("loopback", "private" ...), or None when it is."""
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv6 form that carries an IPv4 address reaches that address: judge the IPv4 one.
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return address_kind(embedded)
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, ipaddress.IPv4Address) and address in _CARRIER_GRADE_NAT:
        return "carrier-grade NAT"
    if address.is_reserved:  # before private: Python counts 240.0.0.0/4 as both
        return "reserved"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "not public"
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which addresses a feed may reach: the public internet, plus everything when `allow_private`,
    plus the networks in `also_allowed` (an operator's own network, or a test's 127.0.0.1)."""

    allow_private: bool = False
    also_allowed: tuple[IPNetwork, ...] = field(default=())

    def check(self, host: str, address: str) -> None:
        """Raise AddressRefused unless the address may be reached."""
        if self.allow_private:
            return
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # a scope id (fe80::1%eth0) is not part of the address
        if any(ip in network for network in self.also_allowed):
            return
        kind = address_kind(ip)
        if kind is not None:
            raise AddressRefused(host, str(ip), kind)


class PublicOnlyResolver(AbstractResolver):
    """Resolves with another resolver and refuses the host if any of its addresses is refused, at connect time:
    aiohttp connects only to addresses this returns, so a name that changes its answer (DNS rebinding) is caught."""

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self.policy = policy
        self.inner = inner or DefaultResolver()

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
                      ) -> list[ResolveResult]:
        """The host's addresses, refused unless the policy allows every one."""
        results = await self.inner.resolve(host, port, family)
        for result in results:
            self.policy.check(host, result["host"])
        return results

    async def close(self) -> None:
        """Close the inner resolver."""
        await self.inner.close()


def _literal_address(host: str) -> str | None:
    """The address a host written as an address stands for, also in the old numeric forms the system resolver
    accepts (2130706433, 127.1, 0x7f.1 are 127.0.0.1); None for a name."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host):
        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A whole body in a file (or None: not modified), its SHA-256, and the validators to send next time."""

    path: Path | None
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def file_name(url: str, default: str = "feed") -> str:
    """The file name a URL's path ends in ("polls.csv"), which says the file's format; `default` when it names none."""
    name = Path(unquote(urlsplit(url).path)).name
    return name if name not in ("", ".", "..") else default


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read a chunk at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(READ_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


class FeedFetcher:
    """One http client for the feeds of a process: every hop's address checked, bodies read whole or refused."""

    def __init__(self, policy: AddressPolicy, *, timeout_seconds: float, max_bytes: int,
                 resolver: AbstractResolver | None = None, spool_dir: str | None = None) -> None:
        self.policy = policy
        self.timeout_seconds = timeout_seconds
        self.max_bytes = max_bytes
        self.spool_dir = spool_dir  # where bodies are written while read (None: the system's temporary directory)
        self.resolver = PublicOnlyResolver(policy, resolver)
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        """Close the HTTP session and the resolver."""
        if self._session is not None:
            await self._session.close()
            self._session = None
        await self.resolver.close()

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(resolver=self.resolver, use_dns_cache=False)
            # Bodies are decompressed here, not by aiohttp, so a gzip stream cut short is seen (see _read_whole).
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=aiohttp.ClientTimeout(total=self.timeout_seconds),
                auto_decompress=False, headers={"Accept-Encoding": "gzip, deflate"})
        return self._session

    async def check_location(self, url: str) -> None:
        """Refuse a URL that is not http(s), or whose host is or resolves to a refused address (at add time)."""
        host = self._host(url)
        address = _literal_address(host)
        if address is not None:
            self.policy.check(host, address)
            return
        try:
            await self.resolver.resolve(host, 0, socket.AF_UNSPEC)
        except OSError:
            raise FetchFailed(f"unreachable: cannot find the host {host}") from None

    def _host(self, url: str) -> str:
        if any(ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F for c in url):  # spaces and control characters
            raise FetchFailed("not a valid URL")
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018  (raises ValueError on a bad port)
        except ValueError:
            raise FetchFailed("not a valid URL") from None
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise FetchFailed("refused address: only http and https URLs are read")
        if not parts.hostname:
            raise FetchFailed("not a valid URL: it names no host")
        return parts.hostname

    @asynccontextmanager
    async def get(self, url: str, headers: dict[str, str]) -> AsyncIterator[Fetched]:
        """GET a feed, following at most MAX_REDIRECTS redirects, each to a checked address; 200 or 304 only. The
        body is in a file named as the URL's path ends, inside a temporary folder removed when the block ends,
        however it ends (read whole, refused, failed, cancelled)."""
        with tempfile.TemporaryDirectory(prefix="racebot-feed-", dir=self.spool_dir) as folder:
            body = Path(folder) / file_name(url)
            with body.open("wb") as handle:
                fetched = await self._get(url, headers, handle)
            yield fetched if fetched.sha256 is None else Fetched(body, fetched.sha256, fetched.etag,
                                                                 fetched.last_modified)

    async def _get(self, url: str, headers: dict[str, str], out: BinaryIO) -> Fetched:
        for _hop in range(MAX_REDIRECTS + 1):
            host = self._host(url)
            address = _literal_address(host)
            if address is not None:  # aiohttp skips the resolver for an address: check it here
                self.policy.check(host, address)
            try:
                async with self._http().get(url, headers=headers, allow_redirects=False) as response:
                    if response.status in REDIRECT_STATUSES and "Location" in response.headers:
                        url = urljoin(url, response.headers["Location"])
                        continue
                    if response.status == 304:
                        return Fetched(None, None, headers.get("If-None-Match"), headers.get("If-Modified-Since"))
                    if response.status != 200:
                        raise FetchFailed(f"HTTP status {_status_text(response.status)}")
                    digest = await self._read_whole(response, out)
                    return Fetched(None, digest, response.headers.get("ETag"), response.headers.get("Last-Modified"))
            except FetchFailed:
                raise
            except TimeoutError:
                raise FetchFailed(f"unreachable: no complete answer within {self.timeout_seconds:g} s") from None
            except aiohttp.ClientPayloadError:
                raise FetchFailed("broken transfer: the connection ended before the whole file arrived") from None
            except aiohttp.ClientConnectorError as exc:
                raise FetchFailed(f"unreachable: cannot connect to {host}{_errno_text(exc)}") from None
            except (aiohttp.ClientError, OSError) as exc:
                raise FetchFailed(f"unreachable: {host} ({exc.__class__.__name__})") from None
        raise FetchFailed(f"too many redirects (more than {MAX_REDIRECTS})")

    async def _read_whole(self, response: aiohttp.ClientResponse, out: BinaryIO) -> str:
        """The whole body, read to its end in chunks and written to `out` (its SHA-256 returned), or FetchFailed: too
        large, shorter than announced, or a compressed stream that stops before its end (which the framing alone
        cannot tell). Only a chunk at a time is in memory."""
        megabytes, rest = divmod(self.max_bytes, 1024 * 1024)
        limit_text = f"the file is larger than {f'{megabytes} MB' if not rest else f'{self.max_bytes:,} bytes'}"
        declared = response.content_length  # bytes on the wire: the session does not decompress
        decompressor = _decompressor(response.headers.get("Content-Encoding", ""))
        if declared is not None and decompressor is None and declared > self.max_bytes:
            raise FetchFailed(limit_text)
        digest = hashlib.sha256()
        received = produced = 0
        try:
            async for chunk in response.content.iter_chunked(READ_CHUNK_BYTES):
                received += len(chunk)
                if decompressor is not None:  # at most one byte past the limit, however well it compresses
                    chunk = decompressor.decompress(chunk, self.max_bytes - produced + 1)
                produced += len(chunk)
                if produced > self.max_bytes:
                    raise FetchFailed(limit_text)
                _write(out, digest, chunk)
            if decompressor is not None:
                _write(out, digest, decompressor.flush())
                if not decompressor.eof:
                    raise FetchFailed("broken transfer: the compressed file stops before its end")
        except zlib.error:
            raise FetchFailed("broken transfer: the compressed file is corrupt") from None
        if declared is not None and received != declared:
            raise FetchFailed(f"broken transfer: {received:,} of the {declared:,} bytes announced arrived")
        return digest.hexdigest()


def _write(out: BinaryIO, digest: hashlib._Hash, chunk: bytes) -> None:
    """One chunk of a body to its file (a buffered write of at most 64 KB: the page cache takes it at once)."""
    try:
        out.write(chunk)
    except OSError as exc:  # the disk, not the server: said as such
        raise FetchFailed(f"cannot store the file while reading it ({exc.strerror or exc})") from None
    digest.update(chunk)


def _decompressor(content_encoding: str) -> zlib._Decompress | None:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchFailed("unsupported Content-Encoding (gzip and deflate are read)")


def _status_text(status: int) -> str:
    """The status with its standard phrase: the server's own reason phrase is its words, never repeated."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _errno_text(exc: aiohttp.ClientConnectorError) -> str:
    reasons = {errno.ECONNREFUSED: "connection refused", errno.EHOSTUNREACH: "no route to the host",
               errno.ETIMEDOUT: "timed out", errno.ENETUNREACH: "network unreachable"}
    text = reasons.get(exc.os_error.errno) if exc.os_error is not None else None
    return f" ({text})" if text else ""
