"""A test site's HTTP server run on loopback in a background thread."""
from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer


class RunningSite:
    """A site served in a background thread until `stop()` (or the end of a `with`)."""

    def __init__(self, server: ThreadingHTTPServer):
        self.server = server
        host, port = server.server_address[:2]
        self.url = "http://%s:%d" % (host, port)
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    def __enter__(self) -> "RunningSite":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
