"""CSV that Excel opens with its Chinese intact: Datasette's own CSV, with a byte-order mark.

Excel reads a CSV without a BOM in the system's legacy code page, so UTF-8
Chinese turns into mojibake; with the UTF-8 BOM (EF BB BF) first it reads
UTF-8. Datasette 0.65 never writes one, and a BOM in every CSV would put
`\\ufeff` into the first column name for tools reading plain UTF-8. So a
`_bom=1` argument on any `.csv` address asks for it, and everything else
(filters, `_dl`, `_stream` of all rows, labels) stays Datasette's.
"""
from __future__ import annotations

from urllib.parse import parse_qs

BOM = "\ufeff".encode("utf-8")


def wants_bom(scope) -> bool:
    """A request for a .csv address with _bom=1 (or on/true)."""
    if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
        return False
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return query.get("_bom", [""])[-1].lower() in ("1", "on", "true", "yes")


def with_bom(app):
    """ASGI middleware: put the BOM before the body of a successful CSV response that asked for it."""

    async def middleware(scope, receive, send):
        if not wants_bom(scope):
            await app(scope, receive, send)
            return
        pending = False

        async def send_with_bom(message):
            nonlocal pending
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                content_type = headers.get(b"content-type", b"")
                pending = message["status"] == 200 and (b"csv" in content_type or b"text/plain" in content_type)
                if pending and b"content-length" in headers:
                    length = int(headers[b"content-length"]) + len(BOM)
                    message = {**message, "headers": [
                        (k, str(length).encode() if k == b"content-length" else v)
                        for k, v in message["headers"]]}
            elif message["type"] == "http.response.body" and pending:
                message = {**message, "body": BOM + message.get("body", b"")}
                pending = False
            await send(message)

        await app(scope, receive, send_with_bom)

    return middleware
