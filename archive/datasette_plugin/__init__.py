"""baogao's Datasette plugin: Chinese search, readable reports.

Loaded through the `datasette` entry point in pyproject.toml, so plain
`datasette reports.db -m metadata.yml` gets it too.
"""
from __future__ import annotations

import json

from datasette import hookimpl
from markupsafe import Markup, escape

from archive.search import bigrams, query_to_fts

CELL_PREVIEW = 80


@hookimpl(trylast=True)
def prepare_connection(conn):
    # Registered last so that it replaces Datasette's own escape_fts: the
    # search box then speaks bigram phrases to the index.
    conn.create_function("escape_fts", 1, query_to_fts)
    conn.create_function("bigrams", 1, bigrams)


@hookimpl
def render_cell(value, column, table, database):
    """Bodies as a short preview in tables (the report's own page shows it whole)."""
    if table == "reports" and column == "body" and isinstance(value, str):
        text = " ".join(value.split())
        return text[:CELL_PREVIEW] + ("…" if len(text) > CELL_PREVIEW else "")
    if table == "reports" and column == "flags" and isinstance(value, str):
        try:
            flags = json.loads(value)
        except ValueError:
            return None
        return ", ".join(flags) if flags else ""
    return None


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On a report's page: its paragraphs and every source it was found at."""
    if view_name != "row" or table != "reports" or request is None:
        return {}

    async def inner():
        pk = request.url_vars.get("pks")
        db = datasette.get_database(database)
        rows = (await db.execute("select * from reports where id = ?", [pk])).rows
        if not rows:
            return {}
        report = dict(rows[0])
        sources = (
            await db.execute(
                "select * from sources where report_id = ? order by kind = 'canonical' desc, id",
                [pk],
            )
        ).rows
        report["flags"] = json.loads(report.get("flags") or "[]")
        return {
            "report": report,
            "paragraphs": [p for p in (report["body"] or "").split("\n\n") if p.strip()],
            "report_sources": [dict(s) for s in sources],
        }

    return inner
