"""Pure cleaning: a page's bytes or text in, structured `Report`s out.

No network, no database, no Scrapy, and no import of any other baogao package.
"""
from .pipeline import clean_document, clean_page
from .report import ADMIN_LEVELS, Removal, Report

__all__ = ["ADMIN_LEVELS", "Removal", "Report", "clean_page", "clean_document"]
