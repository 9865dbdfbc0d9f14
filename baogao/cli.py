"""The `baogao` command: replica → crawl → build → serve, and the tools around them."""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from contextlib import contextmanager, nullcontext
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import click

REPO_ROOT = Path(__file__).resolve().parent.parent
SPIDER_CHOICE = click.Choice(["report_site", "listing_site"])
# What a directory given to `import` or `clean` is searched for: saved pages,
# their text renderings, and reports saved as the PDF or Word file a site attached.
# Saved pages as browsers and clippers keep them (web archives, Markdown clips) too.
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".mht", ".mhtml", ".txt", ".md", ".json", ".jl", ".jsonl",
                 ".xml", ".rss", ".atom", ".pdf", ".docx")


class Context:
    def __init__(self, data: Path):
        self.data = data

    @property
    def crawl_db(self) -> Path:
        return self.data / "crawl.db"

    @property
    def reports_db(self) -> Path:
        return self.data / "reports.db"


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baogao")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=Path("data"),
              show_default=True, envvar="BAOGAO_DATA",
              help="Directory holding crawl.db (raw pages) and reports.db (the archive).")
@click.pass_context
def cli(ctx, data):
    """baogao (报告): an open archive of Chinese government work reports.

    crawl report sites → keep raw pages (crawl.db) → clean and merge copies →
    publish reports.db with Datasette.
    """
    ctx.obj = Context(data)


@cli.command()
@click.option("--port", type=click.IntRange(0, 65534), default=0, show_default=True,
              help="Port of site A (the report site); site B gets the next one. 0 picks free ports.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--build", type=click.Choice(["default", "legacy", "dynamic", "modern"]), default="default",
              show_default=True,
              help="How the sites are built: default, legacy (old table layout, GB2312/GBK, image-map menu), "
                   "dynamic (script addresses: show.asp?id=1320) or modern (HTML5 templates, card "
                   "listings, index_1.html and ?page=2 pages).")
@click.option("--part-names", type=click.Choice(["underscore", "dash", "p"]), default="underscore",
              show_default=True,
              help="How site A names a long report's later parts (default and legacy builds): "
                   "<id>_2.html, <id>-2.html (dash) or <id>_p2.html (p).")
def replica(port, host, build, part_names):
    """Serve the local replica of the report sites (built from the seed pages)."""
    from replica.server import serve_forever

    with replica_ports(port):
        serve_forever(port=port, host=host, build=build, part_names=part_names)


@contextmanager
def replica_ports(port: int):
    """A clear message, not a traceback, when the replica's ports are taken."""
    try:
        yield
    except OSError as error:
        if error.errno not in (98, 48):   # EADDRINUSE on Linux, macOS
            raise
        raise click.ClickException(
            f"port {port} or {port + 1} is already in use (another replica or demo running?): "
            "pick others with --port / --replica-port") from None


def check_start_url(url: str | None) -> None:
    if url is None:
        return
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--start-url")


class CrawlOptions:
    """How a crawl runs, beyond which spiders: from `crawl`'s and `update`'s options."""

    def __init__(self, revisit_days=None, full=False, settings=(), redis=None, redis_job=None):
        self.revisit_days = revisit_days
        self.full = full
        self.settings = settings
        self.redis = redis
        self.redis_job = redis_job

    def overrides(self) -> dict:
        """Scrapy settings these options stand for."""
        values = {}
        if self.revisit_days is not None:
            values["REVISIT_AFTER_DAYS"] = self.revisit_days
        if self.full:
            values["INCREMENTAL"] = False
        for pair in self.settings:
            name, sep, value = pair.partition("=")
            if not sep:
                raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--set")
            check_setting(name, value)
            values[name] = value
        return values


def check_setting(name: str, value: str) -> None:
    """Refuse a value Scrapy could not read as its setting's type, before the crawl starts
    (Scrapy itself fails deep inside Twisted, with a traceback)."""
    from scrapy.settings import default_settings

    from crawler import settings as ours

    default = getattr(ours, name, getattr(default_settings, name, None))
    if isinstance(default, bool):
        if value.strip().lower() not in ("0", "1", "true", "false"):
            raise click.BadParameter(f"{name} is true or false, not {value!r}", param_hint="--set")
    elif isinstance(default, (int, float)):
        try:
            float(value)  # Scrapy reads several int-valued defaults as floats (DOWNLOAD_DELAY=0.5)
        except ValueError:
            raise click.BadParameter(f"{name} is a number, not {value!r}", param_hint="--set") from None


def crawl_options(function):
    """The options `crawl` and `update` share."""
    options = [
        click.option("--revisit-days", type=click.FloatRange(0), default=None,
                     help="Re-check report pages already archived once they are this old "
                          "(default 30; 0 re-checks all)."),
        click.option("--full", is_flag=True, help="Fetch every page again (no incremental skipping)."),
        click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
                     help="A Scrapy setting, e.g. -s DOWNLOAD_TIMEOUT=20 (repeatable)."),
        click.option("--redis", metavar="URL", envvar="BAOGAO_REDIS",
                     help="Share the frontier and duplicate filter with other workers "
                          "through Redis (redis://host:6379/0)."),
        click.option("--redis-job", metavar="NAME", default=None,
                     help="Name of the shared crawl in Redis (default: today's UTC date)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@contextmanager
def crawl_lock(ctx: Context, options: CrawlOptions | None):
    """Hold the data directory's crawl lock (not in Redis mode, where workers share it)."""
    from crawler.lock import CrawlLock, Locked

    if options is not None and options.redis:
        yield
        return
    try:
        lock = CrawlLock.beside(ctx.crawl_db).acquire()
    except Locked as error:
        raise click.ClickException(str(error))
    try:
        yield
    finally:
        lock.release()


def run_crawl(ctx: Context, jobs, delay, verbose, options: CrawlOptions | None = None,
              locked: bool = False) -> None:
    """Run spiders and print each run's summary; exit with an error when a site gave nothing."""
    from crawler import settings as defaults
    from crawler.run import run_spiders

    options = options or CrawlOptions()
    for name, url in jobs:
        check_start_url(url)
        if url is None and name == "listing_site" and not defaults.LISTING_SITE_START_URL:
            raise click.UsageError("listing_site has no default address: give --start-url URL")
    log_file = None if verbose else ctx.data / "crawl.log"
    ctx.data.mkdir(parents=True, exist_ok=True)
    overrides = {**options.overrides(), "CRAWL_LOCK": False}
    redis_job = options.redis_job or datetime.now(timezone.utc).strftime("%Y-%m-%d")
    with nullcontext() if locked else crawl_lock(ctx, options):
        outcomes = run_spiders(jobs, ctx.crawl_db, delay=delay, progress=True, log_file=log_file,
                               overrides=overrides, jobs_dir=ctx.data / "jobs",
                               redis_url=options.redis, redis_job=redis_job)
    failed = False
    for o in outcomes:
        click.echo(o.summary or f"{o.spider}: {o.pages} items from {o.start_url} ({o.finish_reason})",
                   err=True)
        if o.reached_nothing:
            kinds = ", ".join(f"{k}×{v}" for k, v in o.error_kinds.items())
            click.echo(f"error: {o.spider} could not fetch anything from {o.start_url}"
                       + (f" ({kinds})" if kinds else ""), err=True)
            failed = True
    if log_file is not None:
        click.echo(f"full log: {log_file}", err=True)
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("spider", type=SPIDER_CHOICE)
@click.option("--start-url", help="Where to start (default: the live site's address).")
@click.option("--delay", type=click.FloatRange(0), default=None,
              help="Seconds between requests (default: polite, with AutoThrottle). 0 for a local replica.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log here instead of in DATA/crawl.log.")
@crawl_options
@pass_context
def crawl(ctx, spider, start_url, delay, verbose, **options):
    """Run SPIDER (report_site or listing_site), storing every page in crawl.db.

    Incremental: report pages already archived are not fetched again until
    --revisit-days old; listings always are. One crawl at a time per data
    directory.
    """
    run_crawl(ctx, [(spider, start_url)], delay, verbose, CrawlOptions(**options))


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@pass_context
def import_(ctx, paths):
    """Add saved pages (HTML files, web archives, text renderings, PDF/DOCX; directories are searched) to crawl.db."""
    from tqdm import tqdm

    from archive import rawstore

    files = list(expand_paths(paths))
    if not files:
        raise click.UsageError(NO_PAGES)
    db = rawstore.open_crawl_db(ctx.crawl_db)
    for path in tqdm(files, desc="importing", unit="file", disable=len(files) < 20):
        rawstore.import_file(db, path)
    click.echo(f"imported {plural(len(files), 'file')} into {ctx.crawl_db}", err=True)


NO_PAGES = f"no {', '.join(PAGE_SUFFIXES[:-1])} or {PAGE_SUFFIXES[-1]} files found in the given paths"


def expand_paths(paths):
    """The files named, and the saved pages found in the directories named."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES)
        else:
            yield path


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


@cli.command()
@click.option("--quiet", is_flag=True, help="No progress bar.")
@pass_context
def build(ctx, quiet):
    """Clean every raw page, merge copies of the same report, and write reports.db."""
    from archive.build import build as build_archive

    try:
        stats = build_archive(ctx.crawl_db, ctx.reports_db, progress=not quiet)
    except FileNotFoundError as error:
        raise click.ClickException(str(error))
    click.echo(f"{stats.summary()} → {ctx.reports_db}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per report, one per line.")
@click.option("--url", help="The address the page was fetched from (resolves relative links).")
def clean(paths, as_json, url):
    """Show what cleaning extracts from saved pages (the debugging tool)."""
    from archive.rawstore import content_type_of
    from cleaning import clean_page

    files = list(expand_paths(paths))
    if not files:
        raise click.UsageError(NO_PAGES)
    for path in files:
        content_type = content_type_of(path)
        for report in clean_page(path.read_bytes(), url or path.resolve().as_uri(), content_type):
            record = {"path": str(path), **report.to_dict()}
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(describe(record))


def describe(record: dict) -> str:
    if not record["is_report"]:
        return f"{record['path']}: not a report ({record['reason']})"
    fields = ("title", "province", "place", "admin_level", "region", "year", "delivered_on",
              "speaker_title", "speaker", "chars", "is_excerpt", "flags")
    lines = [f"{record['path']}" + (f" item {record['item']}" if record.get("item") else "")]
    lines += [f"  {name}: {record[name]}" for name in fields]
    lines.append(f"  paragraphs: {len([p for p in record['body'].split(chr(10) * 2) if p.strip()])}")
    return "\n".join(lines)


@cli.command()
@click.argument("spiders", nargs=-1, type=SPIDER_CHOICE)
@click.option("--start-url", "start_urls", multiple=True,
              help="Start URL; with several spiders give SPIDER=URL (repeatable).")
@click.option("--delay", type=click.FloatRange(0), default=None, help="Seconds between requests.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log here instead of in DATA/crawl.log.")
@crawl_options
@pass_context
def update(ctx, spiders, start_urls, delay, verbose, **options):
    """Crawl (every spider by default), then build: the scheduled job.

    Incremental and resumable; holds the data directory's lock from crawl to
    build, so scheduled runs never overlap. With --redis, only crawls: build
    once after every worker has finished.
    """
    jobs = plan_jobs(spiders, start_urls)
    options = CrawlOptions(**options)
    if options.redis:
        run_crawl(ctx, jobs, delay, verbose, options)
        return
    with crawl_lock(ctx, options):
        run_crawl(ctx, jobs, delay, verbose, options, locked=True)
        ctx_invoke_build(ctx)


def plan_jobs(spiders, start_urls) -> list[tuple[str, str | None]]:
    """Pair spiders with start URLs from `--start-url URL` or `--start-url SPIDER=URL`."""
    named, plain = {}, []
    for value in start_urls:
        name, sep, url = value.partition("=")
        if sep and name in ("report_site", "listing_site"):
            named[name] = url
        elif sep and "://" not in name:
            raise click.BadParameter(f"{name!r} in {value!r} is not a spider "
                                     "(report_site or listing_site)", param_hint="--start-url")
        else:
            plain.append(value)
    spiders = list(spiders) or (list(named) if named else ["report_site", "listing_site"])
    if plain and len(spiders) != 1:
        raise click.UsageError("with several spiders, give --start-url SPIDER=URL")
    jobs = []
    for name in spiders:
        url = named.get(name) or (plain[0] if plain else None)
        if url is None and name == "listing_site":
            from crawler import settings as defaults

            if not defaults.LISTING_SITE_START_URL:
                click.echo("skipping listing_site: it has no default address "
                           "(give --start-url listing_site=URL)", err=True)
                continue
        jobs.append((name, url))
    if not jobs:
        raise click.UsageError("nothing to crawl")
    return jobs


def ctx_invoke_build(ctx: Context) -> None:
    from archive.build import build as build_archive

    stats = build_archive(ctx.crawl_db, ctx.reports_db, progress=True)
    click.echo(f"{stats.summary()} → {ctx.reports_db}", err=True)


# Settings for the published site, measured on 70,000 synthetic reports (bench/site.py):
# suggest_facets off takes a table page from ~550 ms to tens of ms; default_facet_size 50 shows all
# 31 provinces; the time limits leave room for facets and ranking of common terms.
DATASETTE_SETTINGS = {
    "suggest_facets": "off",
    "default_facet_size": "50",
    "default_page_size": "50",
    "facet_time_limit_ms": "1000",
    "sql_time_limit_ms": "3000",
}


def datasette_args(reports_db: Path, port: int, host: str, metadata: Path) -> list[str]:
    """`datasette serve` arguments: the archive immutable (so it is downloadable) with its inspect file."""
    args = ["-i", str(reports_db), "--inspect-file", str(ensure_inspect_file(reports_db)),
            "-m", str(metadata), "--host", host, "--port", str(port)]
    for name, value in DATASETTE_SETTINGS.items():
        args += ["--setting", name, value]
    return args


def ensure_inspect_file(reports_db: Path) -> Path:
    """inspect.json beside reports.db, rewritten when the archive is newer.

    It holds the file's hash and table counts, which Datasette would otherwise
    compute on every start (the hash reads the whole file) or on every page.
    """
    inspect_file = reports_db.with_name("inspect.json")
    if not inspect_file.exists() or inspect_file.stat().st_mtime < reports_db.stat().st_mtime:
        subprocess.run([sys.executable, "-m", "datasette", "inspect", str(reports_db),
                        "--inspect-file", str(inspect_file)], check=True)
    return inspect_file


def default_metadata() -> Path:
    here = Path("metadata.yml")
    return here if here.exists() else REPO_ROOT / "metadata.yml"


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Datasette metadata (default: metadata.yml).")
@pass_context
def serve(ctx, port, host, metadata):
    """Serve reports.db with Datasette (immutable, so the file is downloadable)."""
    if not ctx.reports_db.exists():
        raise click.ClickException(f"no archive at {ctx.reports_db}: run `baogao build` first")
    become_datasette(ctx.reports_db, port, host, metadata or default_metadata())


def become_datasette(reports_db: Path, port: int, host: str, metadata: Path) -> None:
    """Replace this process with `datasette serve` on the archive."""
    args = datasette_args(reports_db, port, host, metadata)
    click.echo(f"Datasette: http://{host}:{port}/reports/reports", err=True)
    # Become Datasette rather than wait on it: a signal to this process (Ctrl-C, a
    # service manager's stop, a test's terminate) then reaches the server itself.
    os.execv(sys.executable, [sys.executable, "-m", "datasette", "serve", *args])


# What the published site installs besides Datasette: pinned, as in pyproject.toml.
SITE_PACKAGES = ("datasette==0.65.5", "datasette-cluster-map==0.18.2", "datasette-leaflet==0.2.2",
                 "datasette-dashboards==0.8.0")
PLUGIN_SHIM = '''"""baogao's Datasette plugin, for a server where baogao itself is not installed.

`datasette --plugins-dir` loads this file; the plugin's package sits beside it.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive.datasette_plugin import *  # noqa: E402,F401,F403  (the hook implementations)
'''


def stage_site(stage: Path) -> tuple[Path, Path]:
    """Write the plugin as a --plugins-dir (a loader file and its package) and its templates.

    Only the plugin's own modules go: the published site needs none of the
    crawler's or the cleaner's dependencies.
    """
    import shutil

    import archive

    source = Path(archive.__file__).resolve().parent
    plugins, templates = stage / "plugins", stage / "templates"
    shutil.rmtree(stage, ignore_errors=True)
    package = plugins / "archive"
    (package / "datasette_plugin").mkdir(parents=True)
    for name in ("__init__.py", "search.py"):
        shutil.copy(source / name, package / name)
    for module in (source / "datasette_plugin").glob("*.py"):
        shutil.copy(module, package / "datasette_plugin" / module.name)
    (plugins / "baogao_site.py").write_text(PLUGIN_SHIM, encoding="utf-8")
    shutil.copytree(source / "datasette_plugin" / "templates", templates)
    return plugins, templates


def publish_command(target: str, reports_db: Path, metadata: Path, plugins: Path, templates: Path,
                    extra: tuple[str, ...]) -> list[str]:
    """`datasette publish TARGET …` (or `datasette package …`) for the archive with baogao's plugin."""
    settings = " ".join(f"--setting {name} {value}" for name, value in DATASETTE_SETTINGS.items())
    command = [sys.executable, "-m", "datasette"] + (["package"] if target == "package" else ["publish", target])
    command += [str(reports_db), "-m", str(metadata), "--plugins-dir", str(plugins),
                "--template-dir", str(templates), "--extra-options", settings]
    for package in SITE_PACKAGES:
        command += ["--install", package]
    return command + list(extra)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("target")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Datasette metadata (default: metadata.yml).")
@click.option("--dry-run", is_flag=True, help="Stage the plugin and print the command instead of running it.")
@pass_context
def publish(ctx, target, extra, metadata, dry_run):
    """Put the site online: `datasette publish TARGET` (cloudrun, heroku, or a publisher
    plugin's, e.g. fly) or `datasette package` (TARGET = package, a local Docker image).

    The archive is served immutable with an inspect file, baogao's settings and
    plugin (staged in DATA/site/ as a --plugins-dir, so the server needs no
    baogao install), the map and chart plugins. Arguments after TARGET go to
    Datasette, e.g. `baogao publish cloudrun --service baogao`,
    `baogao publish package --tag baogao`.
    """
    if not ctx.reports_db.exists():
        raise click.ClickException(f"no archive at {ctx.reports_db}: run `baogao build` first")
    plugins, templates = stage_site(ctx.data / "site")
    command = publish_command(target, ctx.reports_db, metadata or default_metadata(), plugins, templates, extra)
    click.echo(shlex.join(["datasette", *command[3:]]), err=True)
    if dry_run:
        return
    if target == "package":
        check_docker()
    sys.exit(subprocess.call(command))


def check_docker() -> None:
    """`datasette package` builds with Docker and exits 0 even when Docker is not there."""
    import shutil

    if shutil.which("docker") is None:
        raise click.ClickException("`publish package` builds a Docker image, and docker is not installed")
    try:
        running = subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0
    except subprocess.TimeoutExpired:
        running = False
    if not running:
        raise click.ClickException("`publish package` builds a Docker image, and the Docker daemon "
                                   "is not answering (`docker info` fails): start it and run again")


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True,
              help="Port for Datasette.")
@click.option("--replica-port", type=click.IntRange(0, 65534), default=8100, show_default=True,
              help="Port of the replica's site A (site B: the next one); fixed so that re-runs fetch the same URLs.")
@click.option("--no-serve", is_flag=True, help="Stop after building reports.db.")
@pass_context
def demo(ctx, port, replica_port, no_serve):
    """The main job on the embedded replica: replica + update + serve."""
    from replica.server import start

    with replica_ports(replica_port), start(port=replica_port) as sites:
        click.echo(f"replica: site A {sites.site_a_url}  site B {sites.site_b_url}", err=True)
        jobs = [("report_site", sites.site_a_url), ("listing_site", sites.site_b_url)]
        run_crawl(ctx, jobs, delay=0, verbose=False)
    ctx_invoke_build(ctx)
    if no_serve:
        return
    become_datasette(ctx.reports_db, port, "127.0.0.1", default_metadata())


def main():
    cli(prog_name="baogao")


if __name__ == "__main__":
    main()
