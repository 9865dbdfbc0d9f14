"""A report reached through a permanent redirect, over two pages, on a site
answering conditional requests: re-checking it follows the redirect, is
answered 304 for the first page, and still asks for the second, so an edit
there is archived."""
from __future__ import annotations

import hashlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlite_utils

from replica.synthetic import make_original, places
from tests.conftest import run_baogao
from tests.loopback import RunningSite

pytestmark = pytest.mark.timeout(180)

EDIT = "本段为修订后新增内容。"


def report_pages() -> dict[str, str]:
    place = next(p for p in places() if p.name == "许昌市")
    paragraphs = list(make_original(place, 2023, chars=4000).paragraphs)
    half = len(paragraphs) // 2
    title = "2023年许昌市政府工作报告"

    def page(body, pager):
        return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
                f"<div class='nav'><a href='/'>首页</a></div><h1>{title}</h1>"
                + "".join(f"<p>{p}</p>" for p in body) + f"<div class='pager'>{pager}</div></body></html>")

    return {
        "/": "<html><head><meta charset='utf-8'><title>工作报告</title></head><body><ul>"
             f"<li><a href='/old/1204.html'>{title}</a></li></ul></body></html>",
        "/new/1204.html": page(paragraphs[:half], "<a href='/new/1204_2.html'>下一页</a>"),
        "/new/1204_2.html": page(paragraphs[half:], "<a href='/new/1204.html'>上一页</a>"),
    }


class Site(BaseHTTPRequestHandler):
    pages: dict[str, str] = {}
    answered: list[tuple[str, int]] = []

    def do_GET(self):
        if self.path == "/old/1204.html":
            self.reply(301, b"", Location="/new/1204.html")
            return
        if self.path not in self.pages:
            self.reply(404, b"not found")
            return
        body = self.pages[self.path].encode()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()
        if self.headers.get("If-None-Match") == etag:
            self.reply(304, b"", ETag=etag)
        else:
            self.reply(200, body, ETag=etag, **{"Content-Type": "text/html; charset=utf-8"})

    def reply(self, status, body, **headers):
        self.answered.append((self.path, status))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_later_page_of_a_redirected_report_is_checked_again(tmp_path):
    Site.pages = report_pages()
    Site.answered = []
    with RunningSite(ThreadingHTTPServer(("127.0.0.1", 0), Site)) as site:
        command = ["update", "report_site", "--start-url", site.url + "/", "--delay", "0"]
        run_baogao(*command, data=tmp_path)
        archive = sqlite_utils.Database(tmp_path / "reports.db")
        [before] = archive.query("select id, body from reports")
        Site.pages["/new/1204_2.html"] = Site.pages["/new/1204_2.html"].replace("</h1>", f"</h1><p>{EDIT}</p>")
        Site.answered = []
        run_baogao(*command, "--revisit-days", "0", data=tmp_path)
    assert ("/new/1204.html", 304) in Site.answered
    assert ("/new/1204_2.html", 200) in Site.answered
    archive = sqlite_utils.Database(tmp_path / "reports.db")
    [after] = archive.query("select id, body from reports")
    assert EDIT not in before["body"] and EDIT in after["body"] and after["id"] == before["id"]
    raw = sqlite_utils.Database(tmp_path / "crawl.db")
    run = next(raw.query("select * from crawl_runs order by id desc limit 1"))
    assert run["changed_reports"] == 1, run["summary"]
