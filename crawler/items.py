"""The one item the spiders hand on: a raw fetched page."""
import scrapy


class RawPageItem(scrapy.Item):
    """A fetched response, kept whole for the raw store.

    `document_url` and `part` tie the pages of a report split over several
    pages together (`<id>.html`, `<id>_2.html`, ...), in order.
    """

    url = scrapy.Field()
    final_url = scrapy.Field()
    status = scrapy.Field()
    content_type = scrapy.Field()
    encoding = scrapy.Field()
    body = scrapy.Field()
    document_url = scrapy.Field()
    part = scrapy.Field()
