"""Scrapy settings for baogao's crawler (see `scrapy.cfg`).

Polite by default: robots.txt obeyed, AutoThrottle on, a clear User-Agent.
A crawl of the local replica may lower the delay (`baogao crawl --delay 0`).
"""

BOT_NAME = "baogao"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = (
    "baogao/0.1 (open archive of Chinese government work reports; "
    "obeys robots.txt; one page at a time)"
)
ROBOTSTXT_OBEY = True

# Politeness: start slow, let AutoThrottle adapt to the server's latency.
DOWNLOAD_DELAY = 2.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_TIMEOUT = 60
RETRY_ENABLED = True
RETRY_TIMES = 3
# Report pages can be big; anything past this is not a report page.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
# An attached report file (PDF, Word) is fetched up to this size; a bigger one
# is recorded in crawl_errors as `too-large` (a scanned report runs to tens of
# megabytes and holds no text to read anyway).
ATTACHMENT_MAXSIZE = 20 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOGSTATS_INTERVAL = 30.0
LOG_LEVEL = "INFO"

# Where the raw store lives (`baogao --data DIR` sets this).
CRAWL_DB = "data/crawl.db"

ITEM_PIPELINES = {"crawler.pipelines.RawStorePipeline": 300}
EXTENSIONS = {"crawler.progress.ProgressBar": 500}

# Default start addresses: the live sites. Override with `-a start_url=...`.
REPORT_SITE_START_URL = "http://bx2200.com/"
# No public address of the aggregator (seed 004's site) is known: it must be given.
LISTING_SITE_START_URL = None

FEED_EXPORT_ENCODING = "utf-8"

# Every request stays on the start URL's host *and port*, redirects included.
# (The guard sits after RedirectMiddleware's 600, so it sees responses first.)
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SameSiteMiddleware": 50,
    # below HttpCompressionMiddleware (590): responses reach it decompressed
    "crawler.middlewares.DeclaredCharsetMiddleware": 100,
    "crawler.middlewares.RedirectGuardMiddleware": 650,
}
# Redirect chains longer than this are loops (or traps); they are recorded as errors.
REDIRECT_MAX_TIMES = 5
# 429 and 5xx are the server's trouble, not the page's: retried within the run,
# and again on the next run if they persist (see crawl_errors).
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# Incremental crawling: report pages already held whole are left alone this
# many days, then re-checked (conditionally when the server gives validators).
INCREMENTAL = True
REVISIT_AFTER_DAYS = 30.0
# `scrapy crawl` and scrapyd take the crawl lock in the pipeline; the baogao
# CLI holds it itself around crawl + build and turns this off.
CRAWL_LOCK = True
# Scrapy starts this many tasks per response to process its output; a page
# yields one item (and a listing some requests), so 100 (the default) only
# costs CPU: at 100, task churn was a third of a crawl's CPU time.
CONCURRENT_ITEMS = 4
