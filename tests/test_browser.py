"""The published site in a real browser: headless Chromium against a running `baogao serve`.

Home page → search 疫情 → click the region 华中 and the year 2022 → open a
report → screenshots under test-artifacts/browser/. Also: a report carrying
<script> and HTML in its text shows them as text, the map shows its markers
and the charts draw, all without network access.

Chromium and chromedriver come from Debian (`make browser-deps`); when they
are missing this test fails rather than skips, so that CI cannot pass
without having looked at the site.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from archive.search import FTS_TABLE, bigrams
from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = REPO / "test-artifacts" / "browser"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--lang=zh-CN"]
WAIT = 15  # seconds for any one thing to appear
HOSTILE_TITLE = "<b>标题</b>测试报告"
HOSTILE_BODY = ("第一段讲疫情防控<script>window.__pwned = 1</script>。\n\n"
                "第二段<img src=x onerror=\"window.__pwned = 2\">图片<a href=\"javascript:alert(1)\">链接</a>。")

pytestmark = pytest.mark.timeout(180)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def add_hostile_report(reports_db: Path) -> int:
    """A report whose text carries markup, indexed like any other; returns its id."""
    db = sqlite_utils.Database(reports_db)
    rid = db.execute("select max(id) + 1 from reports").fetchone()[0]
    db["reports"].insert({"id": rid, "title": HOSTILE_TITLE, "place": "测试市", "province": "河南省",
                          "region": "华中", "year": 2022, "flags": "[]", "chars": len(HOSTILE_BODY),
                          "body": HOSTILE_BODY})
    db["sources"].insert({"report_id": rid, "url": "http://example.invalid/\"><script>window.__pwned=3</script>",
                          "kind": "canonical"})
    with db.conn:
        db.execute(f"insert into {FTS_TABLE}(rowid, title, body) values (?, ?, ?)",
                   [rid, bigrams(HOSTILE_TITLE), bigrams(HOSTILE_BODY)])
    db.close()
    return rid


@pytest.fixture(scope="module")
def archive(crawled_archive, tmp_path_factory):
    """A copy of the crawled archive with one hostile report added: (data dir, its id)."""
    data = tmp_path_factory.mktemp("served")
    shutil.copy(crawled_archive[0] / "reports.db", data / "reports.db")
    return data, add_hostile_report(data / "reports.db")


@pytest.fixture(scope="module")
def server(archive):
    """`baogao serve` on a free loopback port, as a user would run it; its base URL."""
    data, _ = archive
    port = free_port()
    log = open(data / "serve.log", "w")
    # A session of its own, so that teardown can stop the server and anything it started.
    process = subprocess.Popen([sys.executable, "-m", "baogao.cli", "--data", str(data), "serve", "--port", str(port)],
                               cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"baogao serve did not start:\n{(data / 'serve.log').read_text()}")
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through chromedriver, with a fresh profile."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: run `make browser-deps` "
                    "(apt-get install chromium chromium-driver)", pytrace=False)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="baogao-chromium-")
    for flag in CHROME_FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, css: str, count: int = 1):
    """The elements matching `css` once at least `count` are there."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(
        lambda d: (found := d.find_elements(By.CSS_SELECTOR, css)) and len(found) >= count and found)


def link(driver, css: str, text_starts: str):
    """The link under `css` whose text starts with `text_starts`."""
    from selenium.webdriver.common.by import By

    for element in driver.find_elements(By.CSS_SELECTOR, css):
        if element.text.strip().startswith(text_starts):
            return element
    raise AssertionError(f"no link {text_starts!r} in {css}: {[e.text for e in driver.find_elements(By.CSS_SELECTOR, css)]}")


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def expected_hits(reports_db: Path, term: str, **where) -> set[int]:
    db = sqlite_utils.Database(reports_db)
    clause = " and ".join(f"{k} = ?" for k in where) or "1"
    return {r["id"] for r in db["reports"].rows_where(clause, list(where.values()))
            if term in (r["title"] or "") + r["body"]}


def test_find_read_and_look(browser, server, archive):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    data, _ = archive
    browser.get(server + "/")
    box = wait_for(browser, "input[name=_search]")[0]
    box.send_keys("疫情", Keys.ENTER)

    hits = wait_for(browser, "li.bg-hit")
    assert "_search=" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, ".bg-snippet mark"), "hits are highlighted"

    link(browser, "#facet-region a", "华中").click()
    wait_for(browser, "#facet-region .selected")
    year = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#facet-year a")
                if a.find_element(By.CSS_SELECTOR, ".year").text == "2022")
    year.click()
    wait_for(browser, "#facet-year a.selected")
    hits = wait_for(browser, "li.bg-hit")
    shown = {int(h.get_attribute("data-id")) for h in hits}
    assert shown == expected_hits(data / "reports.db", "疫情", region="华中", year=2022)
    assert all("华中" in h.find_element(By.CSS_SELECTOR, ".bg-hit-meta").text for h in hits)
    screenshot(browser, "1-search-results")

    first = hits[0].find_element(By.CSS_SELECTOR, "h3 a")
    title = first.text
    first.click()
    heading = wait_for(browser, ".report-header h1")[0]
    assert heading.text == title
    assert len(browser.find_elements(By.CSS_SELECTOR, ".report-body p")) >= 3
    assert browser.find_elements(By.CSS_SELECTOR, ".report-body mark"), "the search's hits are marked"
    assert browser.find_elements(By.CSS_SELECTOR, ".report-sources a")
    path = screenshot(browser, "2-report")
    assert path.stat().st_size > 20_000


def test_markup_in_a_report_is_inert(browser, server, archive):
    from selenium.webdriver.common.by import By

    _, rid = archive
    browser.get(f"{server}/reports/reports?_search=疫情防控&region=华中")
    wait_for(browser, "li.bg-hit")
    browser.get(f"{server}/reports/reports/{rid}?_hl=疫情")
    body = wait_for(browser, ".report-body")[0]
    assert "<script>window.__pwned = 1</script>" in body.text
    assert "<img src=x" in body.text
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == HOSTILE_TITLE
    assert not browser.find_elements(By.CSS_SELECTOR, ".report-body img, .report-body script, .report-body a")
    assert browser.execute_script("return window.__pwned === undefined")
    screenshot(browser, "3-hostile-report")


def test_map_and_charts_draw_offline(browser, server):
    browser.get(server + "/reports/places")
    wait_for(browser, ".leaflet-container")
    wait_for(browser, ".leaflet-marker-icon, .marker-cluster")
    screenshot(browser, "4-map")
    browser.get(server + "/-/dashboards/baogao?term=疫情")
    wait_for(browser, "#chart-per-year-region svg, #chart-per-year-region canvas")
    screenshot(browser, "5-charts")
