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
