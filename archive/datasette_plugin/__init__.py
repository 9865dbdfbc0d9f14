"""baogao's Datasette plugin: Chinese search ranked by relevance, readable reports, Excel CSV.

Loaded through the `datasette` entry point in pyproject.toml, so plain
`datasette reports.db -m metadata.yml` gets it too.

- `?_search=` on reports, as bigram phrases, in a form that stays fast on
  big rows (ranking.py); SQL functions on every connection: escape_fts,
  bigrams, count_occurrences, search_snippet.
- The reports table page: hits ranked by relevance with highlighted
  snippets (ranking.py, templates/table-reports-reports.html).
- A report's page: metadata, sources, the text as paragraphs, hits marked.
- `.csv?_bom=1`: Datasette's CSV with a UTF-8 byte-order mark for Excel.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import path_with_format, path_with_removed_args, path_with_replaced_args
from markupsafe import Markup, escape

from archive.datasette_plugin import highlight, ranking
from archive.datasette_plugin.flags import described, flags_text
from archive.datasette_plugin.excel_csv import with_bom
from archive.search import bigrams, query_to_fts

CELL_PREVIEW = 80
REPORTS = "reports"
# Facets a reader may add on the reports page besides the default region and year.
MORE_FACETS = (("province", "_facet"), ("admin_level", "_facet"), ("flags", "_facet_array"))
# The admin_level values (cleaning.ADMIN_LEVELS) as a Chinese reader names them.
ADMIN_LEVEL_NAMES = {"national": "全国", "province": "省级", "prefecture": "地级", "county": "县",
                     "county-level-city": "县级市", "district": "市辖区", "town": "乡镇"}
# A new search starts on page one of its own results, in the same facets.
NOT_KEPT_BY_SEARCH = {"_search", "_next", "_page"}
SNIPPET_MARK = re.compile(r"【([^【】]*)】")


@hookimpl(trylast=True)
def prepare_connection(conn):
    # Registered last so that it replaces Datasette's own escape_fts: the
    # search box then speaks bigram phrases to the index.
    conn.create_function("escape_fts", 1, query_to_fts, deterministic=True)
    conn.create_function("bigrams", 1, bigrams, deterministic=True)
    conn.create_function("count_occurrences", 2, highlight.count_occurrences, deterministic=True)
    conn.create_function("search_snippet", 2, highlight.snippet_text, deterministic=True)


@hookimpl(trylast=True)
def filters_from_request(request, table):
    # Called last so that the page gets this hook's supports_search, not the built-in "no".
    return ranking.search_filter(request, table)


filters_from_request.is_baogao_search = True  # ranking.table_filters leaves it out


@hookimpl
def asgi_wrapper(datasette):
    return with_bom


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Bodies as a short preview in tables; flags as words; snippets of canned queries with marks."""
    if table == REPORTS and column == "body" and isinstance(value, str):
        # Only the start is shown: don't split a whole report for it.
        text = " ".join(value[: CELL_PREVIEW * 2].split())
        return text[:CELL_PREVIEW] + ("…" if len(text) > CELL_PREVIEW else "")
    if table == REPORTS and column == "flags" and isinstance(value, str):
        try:
            flags = json.loads(value)
        except ValueError:
            return None
        return flags_text(flags)
    if table is None and column == "snippet" and isinstance(value, str):
        # search_snippet() marks hits with 【】 so that CSV and JSON stay plain text.
        return Markup(SNIPPET_MARK.sub(r"<mark>\1</mark>", str(escape(value))))
    return None


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if request is None or table != REPORTS:
        return {}
    if view_name == "table":
        return lambda: table_page_vars(request, datasette, database, table)
    if view_name == "row":
        return lambda: report_page_vars(request, datasette, database, table)
    return {}


def column_labels(datasette, database: str, table: str) -> dict[str, str]:
    """Short Chinese names of the columns, from the metadata's descriptions ("区域 — …" → 区域)."""
    columns = datasette.table_metadata(database, table).get("columns") or {}
    return {name: text.split(" — ")[0].strip() for name, text in columns.items() if " — " in text}


async def table_page_vars(request, datasette, database: str, table: str) -> dict:
    """The reports page: ranked hits when searching, facet labels, more facets, downloads."""
    search = ranking.search_of(request)
    size = page_size(request, datasette, database, table)
    ranked = None
    if ranking.ranks_by_relevance(request):
        ranked = await ranking.ranked_hits(request, datasette, database, table, size)
    row_url = datasette.urls.table(database, table)

    def listing(rows) -> list[dict]:
        """Rows as list entries: title (hits marked), link, metadata, a snippet or the opening lines."""
        return [list_entry(dict(row), row_url, search) for row in rows]

    csv_path = path_with_format(request=request, format="csv").split("?")[0]
    excel = {"_bom": "1", "_dl": "1", "_stream": "on", "_page": None, "_next": None}
    return {"baogao": {
        "search": search,
        "relevance": ranking.ranks_by_relevance(request),
        "ranked": ranked,
        "hits": listing(ranked.rows) if ranked else [],
        "listing": listing,
        "view": "table" if request.args.get("_view") == "table" else "list",
        "table_view_url": path_with_replaced_args(request, {"_view": "table"}),
        "list_view_url": path_with_replaced_args(request, {"_view": None}),
        "timed_out": ranking.ranks_by_relevance(request) and ranked is None,
        "page_url": lambda page: path_with_replaced_args(request, {"_page": str(page) if page > 1 else None}),
        "sort_by_year_url": path_with_replaced_args(request, {"_sort_desc": "year", "_page": None, "_next": None}),
        "sort_by_relevance_url": path_with_removed_args(request, {"_sort", "_sort_desc", "_next", "_page"}),
        "labels": column_labels(datasette, database, table),
        "admin_levels": ADMIN_LEVEL_NAMES,
        "more_facets": more_facets(request),
        "excel_csv_url": path_with_replaced_args(request, {**excel, "_nocol": "body"}, path=csv_path),
        "excel_csv_with_text_url": path_with_replaced_args(request, excel, path=csv_path),
        **database_download(datasette, database),
        "search_hidden_args": [(k, v) for k in request.args if k not in NOT_KEPT_BY_SEARCH
                               for v in request.args.getlist(k)],
        "charts_url": datasette.urls.path("/-/dashboards/baogao"),
        "map_url": datasette.urls.table(database, "places") + "?" + urlencode(
            {"q": search, "region": request.args.get("region", ""), "year": request.args.get("year", "")}),
    }}


def list_entry(row: dict, row_url: str, search: str) -> dict:
    """One report in a result list; with a search, its hits counted and marked."""
    body, title = row.get("body") or "", row.get("title") or ""
    spans = highlight.hit_spans(body, search)
    try:
        flags = json.loads(row.get("flags") or "[]")
    except (TypeError, ValueError):
        flags = []
    return {
        **{k: v for k, v in row.items() if k != "body"},
        "flags": described(flags),
        "url": f"{row_url}/{row['id']}" + (("?" + urlencode({"_hl": search})) if search else ""),
        "snippet": highlight.snippet(body, search, spans=spans),
        "title_html": highlight.mark(title, highlight.hit_spans(title, search)),
        "hit_count": len(spans),
    }


def database_download(datasette, database: str) -> dict:
    """The whole-file download link and size, when Datasette serves the file (immutable, -i)."""
    db = datasette.get_database(database)
    if db.is_mutable or db.is_memory or not datasette.setting("allow_download"):
        return {"database_download_url": None, "database_size": None}
    return {"database_download_url": datasette.urls.database(database) + ".db",
            "database_size": human_size(db.size)}


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


def page_size(request, datasette, database: str, table: str) -> int:
    """Rows per page: ?_size=, else the table's metadata, else Datasette's default."""
    size = request.args.get("_size") or datasette.table_metadata(database, table).get("size")
    try:
        size = int(size)
    except (TypeError, ValueError):
        size = datasette.setting("default_page_size")
    return max(1, min(size, datasette.setting("max_returned_rows")))


def more_facets(request) -> list[dict]:
    """Links that add the facets not shown by default (each once)."""
    links = []
    for column, kind in MORE_FACETS:
        if column in request.args.getlist(kind):
            continue
        values = request.args.getlist(kind) + [column]
        links.append({"column": column,
                      "url": path_with_replaced_args(request, [(kind, v) for v in values])})
    return links


async def report_page_vars(request, datasette, database: str, table: str) -> dict:
    """A report's page: its paragraphs (hits of ?_hl= marked) and every source it was found at."""
    pk = request.url_vars.get("pks")
    db = datasette.get_database(database)
    rows = (await db.execute(f"select * from {table} where id = ?", [pk])).rows
    if not rows:
        return {}
    report = dict(rows[0])
    sources = []
    if await db.table_exists("sources"):
        sources = [dict(s) for s in (await db.execute(
            "select * from sources where report_id = ? order by id", [pk])).rows]
    # The copy shown comes first, then identical copies in the order they were found.
    sources.sort(key=lambda s: s.get("kind") != "canonical")
    report["flags"] = described(json.loads(report.get("flags") or "[]"))
    paragraphs = [p.strip() for p in (report.get("body") or "").split("\n\n") if p.strip()]
    query = (request.args.get("_hl") or "").strip()
    marked, hit_count = highlight.highlight_paragraphs(paragraphs, query) if query else (None, 0)
    return {
        "report": report,
        "paragraphs": marked or [escape(p) for p in paragraphs],
        "highlight": query,
        "hit_count": hit_count,
        "report_sources": sources,
        "labels": column_labels(datasette, database, table),
        "admin_levels": ADMIN_LEVEL_NAMES,
        "back_to_search_url": datasette.urls.table(database, table) + "?" + urlencode({"_search": query}),
    }
