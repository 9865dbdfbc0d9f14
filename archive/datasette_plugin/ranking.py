"""The reports table's search: the `?_search=` filter, and its hits ranked by relevance.

The filter. The plugin answers `?_search=` on `reports` itself (metadata.yml
names no fts_table, so Datasette adds no clause of its own) with
`+id in (select rowid from reports_fts where reports_fts match …)`. The unary
`+` keeps SQLite from looking each hit up in `reports` by rowid: a report row
is tens of kilobytes, so a count or a facet over 50,000 hits would read
50,000 scattered pages; with the `+` SQLite scans a small index (the facet
column's, or any for a count) and checks each rowid against the hits, and a
table sorted by year walks the year index and reads only the rows it shows.

The ranking. Datasette 0.65's table view orders rows by a column (`_sort`) or
the primary key, never by a search's rank (datasette issue #268), and `_sort`
accepts only real columns. So when the search box is used and no sort was
asked for, the page template lists the hits ranked here instead of
Datasette's rows: bm25 over the index, within the same filters (Datasette's
own Filters class and filters_from_request hooks, so facets, column filters
and `_where` apply exactly as to the count and facets on the page), best
first. An explicit sort gives Datasette's table back.
"""
from __future__ import annotations

from dataclasses import dataclass

from datasette.database import QueryInterrupted
from datasette.filters import FilterArguments, Filters
from datasette.utils import await_me_maybe, escape_sqlite
from datasette.views.base import ureg

from archive.search import FTS_TABLE, query_to_fts

SEARCHED_TABLE = "reports"
# A title hit counts as much as ten in the body: the title says what the report is about.
TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0
HIT_COLUMNS = ("id", "title", "place", "province", "region", "year", "admin_level",
               "speaker_title", "speaker", "chars", "flags", "source_count", "body")
SEARCH_CLAUSE = "+{pk} in (select rowid from {fts} where {fts} match :baogao_search)"
# Rank inside the index first, then read only the page's rows from the big table.
RANKED_SQL = """
select {columns}, -hits.score as relevance
from (
  select rowid, bm25({fts}, {title_weight}, {body_weight}) as score
  from {fts}
  where {fts} match :baogao_fts {filtered}
  order by score, rowid
  limit :baogao_limit offset :baogao_offset
) as hits
join {table} on {table}.id = hits.rowid
order by hits.score, hits.rowid
"""
FILTERED = "and rowid in (select id from {table} where {clauses})"


@dataclass
class RankedPage:
    """One page of ranked hits: rows as dicts, the page number, whether another page follows."""

    rows: list[dict]
    page: int
    size: int
    has_next: bool


def search_of(request) -> str:
    """The search box's text, or '' (whitespace only counts as no search)."""
    return (request.args.get("_search") or "").strip()


def ranks_by_relevance(request) -> bool:
    """Whether the reports page should list hits by relevance: a search, and no explicit sort."""
    return bool(search_of(request)) and not (request.args.get("_sort") or request.args.get("_sort_desc"))


def page_number(request) -> int:
    try:
        return max(1, int(request.args.get("_page", "1")))
    except ValueError:
        return 1


def search_filter(request, table: str) -> FilterArguments | None:
    """The WHERE clause for `?_search=` on the reports table (None elsewhere or without a search)."""
    if table != SEARCHED_TABLE or "_search" not in request.args:
        return None
    search = request.args.get("_search") or ""
    return FilterArguments(
        [SEARCH_CLAUSE.format(pk="id", fts=FTS_TABLE)],
        {"baogao_search": query_to_fts(search)},
        [f'search matches "{search}"'],
        {"supports_search": True, "search": search},
    )


async def table_filters(request, datasette, database: str, table: str) -> tuple[list[str], dict]:
    """WHERE clauses and params of Datasette's table view for this request, less the search.

    Rebuilt with Datasette's own Filters class and filters_from_request hooks,
    as datasette/views/table.py does, so the ranked hits are the rows the
    page counts and facets. Search clauses are left out: the ranked query
    matches the index itself.
    """
    # Imported here, not at the top: importing datasette.plugins loads every plugin's entry
    # point, this one included, which must not happen while this package is half imported.
    from datasette.plugins import pm

    args = [(key, value) for key in request.args if not (key.startswith("_") and "__" not in key)
            for value in request.args.getlist(key)]
    units = datasette.table_metadata(database, table).get("units", {})
    clauses, params = Filters(sorted(args), units, ureg).build_where_clauses(table)
    hook_args = {"request": request, "database": database, "table": table, "datasette": datasette}
    for impl in pm.hook.filters_from_request.get_hookimpls():
        builtin_search = impl.plugin_name == "datasette.filters" and impl.function.__name__ == "search_filters"
        if builtin_search or getattr(impl.function, "is_baogao_search", False):
            continue
        # As pluggy does: each implementation gets only the arguments it names.
        result = await await_me_maybe(impl.function(**{name: hook_args[name] for name in impl.argnames}))
        if result:
            clauses.extend(result.where_clauses)
            params.update(result.params)
    return clauses, params


async def ranked_hits(request, datasette, database: str, table: str, size: int) -> RankedPage | None:
    """The request's page of hits, best first; None when the query ran out of time."""
    page = page_number(request)
    clauses, params = await table_filters(request, datasette, database, table)
    db = datasette.get_database(database)
    columns = [c for c in HIT_COLUMNS if c in await db.table_columns(table)]
    sql = RANKED_SQL.format(
        columns=", ".join(f"{escape_sqlite(table)}.{escape_sqlite(c)}" for c in columns),
        fts=FTS_TABLE, table=escape_sqlite(table),
        title_weight=TITLE_WEIGHT, body_weight=BODY_WEIGHT,
        filtered=FILTERED.format(table=escape_sqlite(table), clauses=" and ".join(f"({c})" for c in clauses))
        if clauses else "",
    )
    params = {**params, "baogao_fts": query_to_fts(search_of(request)),
              "baogao_limit": size + 1, "baogao_offset": (page - 1) * size}
    try:
        results = await db.execute(sql, params)
    except QueryInterrupted:
        return None
    rows = [dict(row) for row in results.rows]
    return RankedPage(rows=rows[:size], page=page, size=size, has_next=len(rows) > size)
