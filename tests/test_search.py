"""Chinese search: the bigram index finds exactly the rows whose text contains the term."""
import sqlite_utils

from archive import search
from archive.search import bigrams, query_to_fts

TEXTS = [
    "统筹疫情防控和经济社会发展,坚决打好疫情防控全民阻击战。",
    "牢记习近平总书记对赵梦桃小组的亲切勉励。",
    "大力发展数字经济,数字经济年产值49.37亿元。PM2.5浓度下降。",
    "新冠肺炎疫情影响存在诸多不确定性。5G基站建设加快。",
    "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
    "防疫物资保障有力。",
]
QUERIES = ["疫情", "脱贫", "数字经济", "新冠肺炎疫情", "梦桃", "赵梦桃", "疫", "防疫", "情防", "5G", "PM2.5",
           "数字 经济", "不存在的词", "防控 疫情"]


def make_db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "s.db")
    db["reports"].insert_all([{"id": i + 1, "title": "", "body": t} for i, t in enumerate(TEXTS)], pk="id")
    search.create_index(db, ((r["id"], r["title"], r["body"]) for r in db["reports"].rows))
    db.conn.create_function("escape_fts", 1, query_to_fts)
    return db


def expected(query):
    terms = query.split()
    return {i + 1 for i, t in enumerate(TEXTS) if all(term.lower() in t.lower() for term in terms)}


def test_bigram_search_equals_substring_search(tmp_path):
    db = make_db(tmp_path)
    for query in QUERIES:
        got = {row[0] for row in db.execute(
            "select rowid from reports_fts where reports_fts match escape_fts(?)", [query]).fetchall()}
        assert got == expected(query), query


def test_index_form():
    assert bigrams("新冠肺炎") == "新冠 冠肺 肺炎 炎"
    assert bigrams("PM2.5浓度") == "pm2 5 浓度 度"
    assert query_to_fts("新冠肺炎") == '"新冠 冠肺 肺炎"'
    assert query_to_fts("疫") == "疫*"


def test_queries_with_nothing_searchable_match_nothing(tmp_path):
    db = make_db(tmp_path)
    for query in ["", "   ", '"', "。,!", "*"]:
        rows = db.execute("select rowid from reports_fts where reports_fts match escape_fts(?)", [query]).fetchall()
        assert rows == []
