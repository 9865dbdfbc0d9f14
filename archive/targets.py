"""The `targets` and `actuals` tables, and the `attainment` view, in reports.db.

Rows come from `cleaning.targets.extract_targets`; each carries its report's
place, province, region and year so that Datasette can facet on them.
"""
from __future__ import annotations

from cleaning.targets import INDICATORS

ROW_COLUMNS = {
    "id": int,
    "report_id": int,
    "indicator": str,
    "indicator_zh": str,
    "value_low": float,
    "value_high": float,
    "unit": str,
    "modifier": str,
    "kind": str,
    "basis": str,
    "year": int,
    "report_year": int,
    "place": str,
    "province": str,
    "region": str,
    "admin_level": str,
    "place_key": str,
    "sentence": str,
}

# A place's target for year Y, beside what its report for Y+1 says Y achieved.
ATTAINMENT_VIEW = """
CREATE VIEW attainment AS
SELECT
  t.place, t.province, t.region, t.admin_level, t.year, t.indicator, t.indicator_zh, t.unit,
  t.value_low AS target_low, t.value_high AS target_high, t.modifier AS target_modifier,
  a.value_low AS actual, a.kind AS actual_kind,
  round(a.value_low - t.value_low, 2) AS difference,
  CASE
    WHEN t.modifier = 'at_most' THEN a.value_low <= t.value_high
    WHEN t.modifier = 'around' THEN a.value_low >= t.value_low - 0.5
    ELSE a.value_low >= t.value_low
  END AS met,
  t.report_id AS target_report_id, a.report_id AS actual_report_id,
  t.sentence AS target_sentence, a.sentence AS actual_sentence
FROM targets t
JOIN actuals a
  ON a.place_key = t.place_key AND a.indicator = t.indicator AND a.unit IS t.unit
  AND a.year = t.year AND a.report_year = t.year + 1
WHERE t.kind = 'expected' AND t.value_low IS NOT NULL AND a.value_low IS NOT NULL
"""


def place_key(fields: dict) -> str | None:
    """One identity per government: its adcode, else province + place as written."""
    if fields.get("adcode"):
        return str(fields["adcode"])
    if fields.get("place"):
        return f"{fields.get('province') or ''}/{fields['place']}"
    return None


def rows_for(report_id: int, fields: dict, targets: list[dict], actuals: list[dict]):
    """(target rows, actual rows) for one report, ready to insert."""
    common = {
        "report_id": report_id,
        "report_year": fields.get("year"),
        "place": fields.get("place"),
        "province": fields.get("province"),
        "region": fields.get("region"),
        "admin_level": fields.get("admin_level"),
        "place_key": place_key(fields),
    }

    def row(item, year):
        return {
            **common,
            **{k: item.get(k) for k in ("indicator", "value_low", "value_high", "unit",
                                         "modifier", "kind", "basis", "sentence")},
            "indicator_zh": INDICATORS.get(item.get("indicator"), {}).get("zh"),
            "year": year,
        }

    return ([row(t, fields.get("year")) for t in targets],
            [row(a, a.get("year")) for a in actuals])


def write_targets(db, reports) -> None:
    """Create and fill targets/actuals from (report_id, fields, targets, actuals) tuples."""
    for table in ("targets", "actuals"):
        db[table].create(ROW_COLUMNS, pk="id", foreign_keys=[("report_id", "reports", "id")])
    target_rows, actual_rows = [], []
    for report_id, fields, targets, actuals in reports:
        t, a = rows_for(report_id, fields, targets, actuals)
        target_rows += t
        actual_rows += a
    with db.conn:
        db["targets"].insert_all(target_rows)
        db["actuals"].insert_all(actual_rows)
    for table in ("targets", "actuals"):
        for column in ("report_id", "indicator", "year", "region", "place_key"):
            db[table].create_index([column])
    db.execute("DROP VIEW IF EXISTS attainment")
    db.execute(ATTAINMENT_VIEW)
