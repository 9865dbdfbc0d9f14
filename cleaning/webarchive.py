"""Pages a browser saved as one web-archive file (.mht / .mhtml: a MIME
multipart/related message, as Internet Explorer, Chrome and Edge write it)
-> the page's own HTML, its charset and its address.

Researchers keep report pages so; the HTML part is quoted-printable or
base64 inside the message, and the page's stylesheets are parts of their
own. The stylesheets are put back in the HTML as a `<style>` block, so that
what they hide (an anti-copy string, a print-only copy) stays hidden as it
was in the browser. Parsing is the standard library's `email` package.
"""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

# The message's headers come first; the multipart type is among them.
_HEAD_BYTES = 4096
_MULTIPART = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)
_MIME_VERSION = re.compile(rb"^mime-version:", re.IGNORECASE | re.MULTILINE)
# Stylesheets put back at most this much text: a page's own CSS is far less.
MAX_STYLESHEET_CHARS = 500_000


@dataclass
class WebArchive:
    html: bytes
    charset: str | None     # as the HTML part's header states it
    location: str | None    # the page's address when saved (Content-Location)


def is_web_archive(content: bytes, content_type: str | None = None) -> bool:
    """Whether the bytes are a saved web archive: MIME headers with a
    multipart/related type at the top (or a server saying so)."""
    if (content_type or "").split(";")[0].strip().lower() in ("multipart/related", "message/rfc822",
                                                             "application/x-mimearchive"):
        return True
    head = content[:_HEAD_BYTES]
    return bool(_MIME_VERSION.search(head) and _MULTIPART.search(head))


def read_web_archive(content: bytes) -> WebArchive | None:
    """The archive's page: its first HTML part (the root the archive names
    first), with the archive's stylesheets put back; None when it holds none."""
    message = email.message_from_bytes(content, policy=email.policy.compat32)
    pages, styles = [], []
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind == "text/html":
            pages.append((part, part.get_payload(decode=True) or b""))
        elif kind == "text/css":
            payload = part.get_payload(decode=True) or b""
            styles.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    if not pages:
        return None
    html_part, html = pages[0]
    if len(pages) > 1 and _chinese_bytes(html) < MIN_PAGE_TEXT:
        # A framed page saved whole: the frameset first, the frames' documents
        # after it; the page read is the frame holding the most text.
        html_part, html = max(pages, key=lambda page: _chinese_bytes(page[1]))
    charset = html_part.get_content_charset()
    css = "\n".join(styles)[:MAX_STYLESHEET_CHARS]
    if css.strip() and not (charset or "").lower().startswith(("utf-16", "utf-32")):
        # Appended: a page's <style> in its body applies to all of it (see
        # `render`), and the page's own start (its BOM, its <meta charset>) stays first.
        html += _stylesheet_block(css).encode(charset or "utf-8", "xmlcharrefreplace")
    location = html_part.get("Content-Location")
    # A long header is folded over lines; an address holds no whitespace.
    return WebArchive(html, charset, "".join(str(location).split()) or None if location else None)


# Below this many bytes of Chinese text a part is a shell (a frameset, a menu frame).
MIN_PAGE_TEXT = 600


def _chinese_bytes(html: bytes) -> int:
    """About how much Chinese a part holds, in any of its likely encodings:
    bytes with the high bit set (UTF-8's three a character, GBK's two)."""
    return len(html) - len(html.translate(None, bytes(range(128, 256))))


def _stylesheet_block(css: str) -> str:
    """CSS as a `<style>` block that no `</style>` inside it can close early."""
    return "<style>" + re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE) + "</style>"
