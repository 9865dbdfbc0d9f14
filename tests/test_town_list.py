"""The township list cleaning ships (cleaning/data/towns.tsv.gz) and the script that builds it."""
from __future__ import annotations

import importlib.util
import io
import tarfile

from cleaning.gazetteer import load, towns_named
from tests.conftest import REPO


def build_script():
    spec = importlib.util.spec_from_file_location("build_town_list", REPO / "scripts" / "build_town_list.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_list_holds_towns_in_counties_the_gazetteer_knows():
    gazetteer = load()
    assert towns_named("织里镇") == ("330502",)
    assert len(towns_named("城关镇")) > 50
    assert towns_named("东华门街道") == ()   # sub-district offices deliver no work report
    codes = {code for name in ("织里镇", "城关镇", "石佛寺镇", "巴彦查干苏木") for code in towns_named(name)}
    assert codes and sum(code in gazetteer.by_code for code in codes) >= 0.9 * len(codes)


def test_the_build_keeps_towns_townships_and_sumu_only():
    csv_text = ("code,name,areaCode,provinceCode,cityCode\n"
                "110101001,\"东华门街道\",110101,11,1101\n"
                "330502100,\"织里镇\",330502,33,3305\n"
                "152522200,\"巴彦查干苏木\",152522,15,1525\n"
                "532932200,\"牛街彝族回族乡\",532932,53,5329\n"
                "110105400,\"南磨房地区\",110105,11,1101\n")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = csv_text.encode("utf-8")
        info = tarfile.TarInfo("package/dist/streets.csv")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    assert build_script().town_rows(buffer.getvalue()) == [
        ("巴彦查干苏木", "152522"), ("牛街彝族回族乡", "532932"), ("织里镇", "330502")]
