"""What the spiders hand on: raw fetched pages, failures, and confirmations."""
import scrapy


class RawPageItem(scrapy.Item):
    """A fetched response, kept whole for the raw store.

    `document_url` and `part` tie the pages of a report split over several
    pages together (`<id>.html`, `<id>_2.html`, ...), in order. `next_url`
    is the next part's address ("" when there is none), so that a later run
    can tell a report it already has whole from one cut short. `kind` is
    what the page is to the spider (home, listing, report); `note` flags a
    page that is an error page despite its 200 (a soft 404). `referrer` is
    the page that linked an attached report file (PDF, Word) to it;
    `link_title`, the text of the home or listing page's link that led to a
    report page (its title, for a page that shows none).
    """

    url = scrapy.Field()
    final_url = scrapy.Field()
    status = scrapy.Field()
    content_type = scrapy.Field()
    encoding = scrapy.Field()
    body = scrapy.Field()
    document_url = scrapy.Field()
    part = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    next_url = scrapy.Field()
    kind = scrapy.Field()
    note = scrapy.Field()
    referrer = scrapy.Field()
    link_title = scrapy.Field()


class CrawlErrorItem(scrapy.Item):
    """A URL that could not be fetched (after Scrapy's retries), and why."""

    url = scrapy.Field()
    document_url = scrapy.Field()
    part = scrapy.Field()
    callback = scrapy.Field()
    kind = scrapy.Field()
    reason = scrapy.Field()
    status = scrapy.Field()
    attempts = scrapy.Field()
    transient = scrapy.Field()
    referrer = scrapy.Field()   # for an attached file: the page linking it, kept for the retry


class CheckItem(scrapy.Item):
    """A page the server confirmed unchanged (304 to a conditional request)."""

    url = scrapy.Field()
    document_url = scrapy.Field()
    part = scrapy.Field()
