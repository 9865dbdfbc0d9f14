"""Serving both sites on loopback, each from its own port, in background threads.

    with replica.server.start() as rep:
        rep.site_a_url   # http://127.0.0.1:PORT
        rep.site_b_url   # http://127.0.0.1:PORT2

Stdlib only (``http.server.ThreadingHTTPServer``). HTTP/1.1 with keep-alive,
because a crawl makes thousands of requests; access logging is off unless
asked for, and every request is counted in :attr:`Replica.hits` instead, so a
test can check, say, that a crawler never fetched a robots-disallowed page.
"""
from __future__ import annotations

import sys
import threading
import traceback
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterable

from replica.corpus import Report, default_reports
from replica.site import Response, SiteA, SiteB


class _Handler(BaseHTTPRequestHandler):
    """Hands GET/HEAD to the server's site object."""

    protocol_version = "HTTP/1.1"
    server_version = "nginx/1.18.0"
    sys_version = ""
    timeout = 30  # an idle keep-alive connection frees its thread after this

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        server: _SiteServer = self.server  # type: ignore[assignment]
        server.count(self.path)
        try:
            response: Response = server.site.handle(self.path)
        except Exception:  # a bug in the replica must not look like a dropped connection
            traceback.print_exc()
            response = Response(500, {"Content-Type": "text/plain; charset=utf-8"}, b"500\n")
        if server.faults is not None:  # fault mode (replica.faults): may answer otherwise, or hang up
            response = server.faults.apply(self, server.label, self.path, response)
            if response is None:
                return
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args) -> None:
        if self.server.access_log:  # type: ignore[attr-defined]
            super().log_message(format, *args)


class _SiteServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one site, counting requests per path."""

    daemon_threads = True

    def __init__(self, host: str, port: int, label: str, access_log: bool):
        super().__init__((host, port), _Handler)
        self.label = label
        self.access_log = access_log
        self.site: SiteA | SiteB | None = None
        self.faults = None
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request, client_address) -> None:
        # Crawlers hang up mid-response; only unexpected errors deserve a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def count(self, path: str) -> None:
        with self._lock:
            self.hits[path] += 1


class Replica:
    """Both sites running; stop with :meth:`stop` or by leaving a ``with`` block."""

    def __init__(self, servers: list[_SiteServer]):
        self._servers = servers
        self.faults = servers[0].faults
        self._threads = [
            # A short poll interval makes stop() quick, which tests do often.
            threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05},
                             name=f"replica-{s.label}", daemon=True)
            for s in servers
        ]
        for thread in self._threads:
            thread.start()

    @property
    def site_a(self) -> SiteA:
        """The report site's model."""
        return self._servers[0].site  # type: ignore[return-value]

    @property
    def site_b(self) -> SiteB:
        """The aggregator's model."""
        return self._servers[1].site  # type: ignore[return-value]

    @property
    def site_a_url(self) -> str:
        """Base URL of the report site, without a trailing slash."""
        return self._servers[0].url

    @property
    def site_b_url(self) -> str:
        """Base URL of the aggregator, without a trailing slash."""
        return self._servers[1].url

    @property
    def hits(self) -> Counter[tuple[str, str]]:
        """Requests so far, counted per ``("a" | "b", request path)``."""
        total: Counter[tuple[str, str]] = Counter()
        for server in self._servers:
            with server._lock:
                total.update({(server.label, path): n for path, n in server.hits.items()})
        return total

    def stop(self) -> None:
        """Stop serving and close both sockets."""
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> Replica:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(port: int = 0, host: str = "127.0.0.1", *,
          reports: Iterable[Report] | None = None, extra_reports: Iterable[Report] = (),
          page_size: int = 4, page_chars: int = 6000, b_page_size: int = 4,
          access_log: bool = False, faults=None, build: str = "default",
          portal: bool = False, framed: bool = False, part_names: str = "underscore") -> Replica:
    """Start both sites in background threads and return the running :class:`Replica`.

    Site A listens on ``port`` and site B on ``port + 1``; ``port=0`` picks two
    free ports. ``reports`` replaces the default corpus, ``extra_reports`` is
    added to it. ``page_size``: reports per site-A listing page;
    ``page_chars``: characters per site-A report page; ``b_page_size``: items
    per site-B listing page. ``faults``: a :class:`replica.faults.Faults`
    plan, applied to both sites (fault mode; off by default). ``build``: the
    sites' build, ``"default"``, ``"legacy"``, ``"dynamic"`` or ``"modern"`` (see ``replica.site.BUILDS``);
    ``portal``: site A shaped as a government portal (see ``SiteA``);
    ``framed``: site A reached the old way, through a redirect, a frameset and
    script links (see ``SiteA``); ``part_names``: how site A names a long
    report's later parts, `<id>_2.html`, `<id>-2.html` or `<id>_p2.html` (see ``SiteA``).
    """
    corpus = list(default_reports() if reports is None else reports) + list(extra_reports)
    servers: list[_SiteServer] = []
    try:
        servers.append(_SiteServer(host, port, "a", access_log))
        servers.append(_SiteServer(host, port + 1 if port else 0, "b", access_log))
        server_a, server_b = servers
        # The sites link to each other, so they are built once both ports are known.
        server_a.site = SiteA(corpus, page_size=page_size, page_chars=page_chars,
                              site_b_url=server_b.url, build=build, site_url=server_a.url,
                              portal=portal, framed=framed, part_names=part_names)
        server_b.site = SiteB(corpus, page_size=b_page_size, site_a_url=server_a.url,
                              build=build, site_url=server_b.url)
        if faults is not None:
            faults.bind(server_a.site, other_site_url=server_b.url)
            server_a.faults = server_b.faults = faults
    except BaseException:
        for server in servers:
            server.server_close()
        raise
    return Replica(servers)


def serve_forever(port: int = 0, host: str = "127.0.0.1", **options) -> None:
    """Run both sites until interrupted, printing their URLs (the CLI's entry)."""
    replica = start(port, host, **options)
    print(f"site A (reports):    {replica.site_a_url}/", flush=True)
    print(f"site B (aggregator): {replica.site_b_url}/", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    finally:
        replica.stop()
