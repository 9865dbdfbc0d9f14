"""Pure cleaning: a page's bytes or text in, structured `Report`s out.

No network, no database, no Scrapy, and no import of any other baogao package.
"""
from .report import ADMIN_LEVELS, Removal, Report

__all__ = ["ADMIN_LEVELS", "Removal", "Report", "clean_page", "clean_document"]


def __getattr__(name):
    # The pipeline is imported lazily so that `cleaning.report` stays importable
    # on its own (the metadata and extraction halves are built side by side).
    if name in ("clean_page", "clean_document"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
