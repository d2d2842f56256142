"""A polite, bounded HTTP client: timeouts, a size limit, few redirects, conditional GET, 2 per host."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import httpx

from index.errors import ReaderError
from index.locations import http_timeout

USER_AGENT = "reader/0.1 (terminal news reader; +https://pypi.org/project/reader/)"
WEB_SCHEMES = ("http", "https")
PERMANENT = (301, 308)
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(ReaderError):
    """A request that failed; the message is the one-line reason ("HTTP 404", "timed out")."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.http_status = status  # (`status` is the exit status, as for every ReaderError)


@dataclass(frozen=True)
class Limits:
    """How far the client goes for one request."""

    connect_seconds: float = field(default_factory=http_timeout)
    read_seconds: float = field(default_factory=http_timeout)
    # The whole response, however slowly it trickles in.
    total_seconds: float = field(default_factory=lambda: 6 * http_timeout())
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 2


@dataclass(frozen=True)
class WebResponse:
    """A response read whole (within the limits), after redirects."""

    url: str  # where the content came from, after redirects
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    moved_to: str = ""  # a permanent redirect's target, when every hop was permanent
    cut: bool = False  # the body was longer than Limits.max_bytes and was cut there

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def charset(self) -> str | None:
        content_type = self.headers.get("content-type", "")
        for part in content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def check_web_address(url: str) -> str:
    """`url` if it is an http or https address; FetchError otherwise (file:, javascript:...)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        raise FetchError(f"not a web address (only http and https are fetched): {url[:200]}")
    return url.strip()


class WebClient:
    """One connection pool for a whole run; safe to share between threads."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        timeout = httpx.Timeout(
            self.limits.read_seconds, connect=self.limits.connect_seconds, pool=self.limits.total_seconds
        )
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,  # followed by hand: to count them and to see permanent moves
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"},
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        )
        self._hosts: dict[str, threading.Semaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.limits.per_host)
        )
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WebClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, etag: str = "", last_modified: str = "", accept: str = "*/*") -> WebResponse:
        """GET `url`, following up to Limits.max_redirects redirects; FetchError with the
        reason when it fails (unreachable, timed out, HTTP status >= 400, a redirect loop)."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, permanent, seen = check_web_address(url), True, {url}
        for _hop in range(self.limits.max_redirects + 1):
            response = self._get_once(current, headers)
            if response.status not in REDIRECTS:
                moved = current if permanent and current != url else ""
                return replace(response, moved_to=moved)
            permanent = permanent and response.status in PERMANENT
            target = response.headers.get("location", "")
            if not target:
                raise FetchError(f"HTTP {response.status} without a Location", response.status)
            current = check_web_address(urljoin(current, target))
            if current in seen:
                raise FetchError("redirect loop")
            seen.add(current)
        raise FetchError(f"more than {self.limits.max_redirects} redirects")

    def _host(self, url: str) -> threading.Semaphore:
        with self._hosts_lock:
            return self._hosts[urlsplit(url).netloc.lower()]

    def _get_once(self, url: str, headers: dict[str, str]) -> WebResponse:
        with self._host(url):
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code in REDIRECTS or response.status_code == 304:
                        return WebResponse(url, response.status_code, b"", _headers(response))
                    if response.status_code >= 400:
                        raise FetchError(_status_reason(response.status_code), response.status_code)
                    body, cut = self._read_bounded(response)
                    final = str(response.url)
                    return WebResponse(final, response.status_code, body, _headers(response), cut=cut)
            except httpx.TimeoutException as error:
                raise FetchError("timed out") from error
            except httpx.DecodingError as error:
                raise FetchError("the response could not be decompressed") from error
            except httpx.HTTPError as error:
                raise FetchError(f"unreachable ({_short(error)})") from error

    def _read_bounded(self, response: httpx.Response) -> tuple[bytes, bool]:
        """The body, decompressed, at most max_bytes of it, within total_seconds: a gzip bomb
        or an endless response is cut, never read into memory whole."""
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.limits.total_seconds
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > self.limits.max_bytes:
                return b"".join(chunks)[: self.limits.max_bytes], True
            if time.monotonic() > deadline:
                raise FetchError(f"too slow: no end after {self.limits.total_seconds:.0f} s")
        return b"".join(chunks), False


def _headers(response: httpx.Response) -> dict[str, str]:
    return {key.lower(): value for key, value in response.headers.items()}


def _status_reason(status: int) -> str:
    names = {401: "login required", 403: "forbidden", 404: "not found", 410: "gone", 429: "too many requests"}
    name = names.get(status, "server error" if status >= 500 else "refused")
    return f"HTTP {status} ({name})"


def _short(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:120]
