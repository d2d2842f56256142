"""A real HTTP server on 127.0.0.1 for the tests that fetch: invented feeds and pages, and every broken case."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""
    last_modified: str = ""
    custom: Handler | None = None


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class LocalWeb:
    """Serves `routes` on an ephemeral port of 127.0.0.1 and records every request."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.latency = 0.0
        web = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: with Nagle on, each response waited
            # ~40 ms for the client's delayed ACK (a test-server artefact, not a client cost).
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                web.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}))
                if web.latency:
                    time.sleep(web.latency)
                route = web.routes.get(self.path.split("?")[0])
                if route is None:
                    self._send(404, b"not here", "text/plain")
                elif route.custom is not None:
                    route.custom(self)
                elif (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
                ):
                    self._send(304, b"", route.content_type)
                else:
                    extra = dict(route.headers)
                    if route.etag:
                        extra["ETag"] = route.etag
                    if route.last_modified:
                        extra["Last-Modified"] = route.last_modified
                    self._send(route.status, route.body, route.content_type, extra)

            def _send(self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

        # Loopback only: 127.0.0.1, or another address of 127.0.0.0/8 (the benchmark's hosts).
        if not host.startswith("127."):
            raise ValueError("the test server listens on loopback addresses only")
        self.server = ThreadingHTTPServer((host, 0), _Handler)
        self.host = host
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: str | bytes, **options: Any) -> str:
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **options)
        return self.url(path)

    def requests_for(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path.split("?")[0] == path]

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- handlers for the broken cases --------------------------------------------------------------


def redirect(to: str, status: int = 301) -> Handler:
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Location", to)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return handle


def endless(request: BaseHTTPRequestHandler) -> None:
    """A body that never ends (bounded here at 60 s or a closed connection)."""
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.end_headers()
    start = time.monotonic()
    chunk = b"<item><title>encore</title></item>" * 1000
    try:
        while time.monotonic() - start < 60:
            request.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


def slow(seconds: float) -> Handler:
    def handle(request: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            request.send_response(200)
            request.send_header("Content-Length", "0")
            request.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handle


def gzip_bomb(request: BaseHTTPRequestHandler) -> None:
    """50 MB of zeros in 50 KB of gzip."""
    body = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.send_header("Content-Encoding", "gzip")
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)
