from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .actions import CallToActionBlock, NewsletterBlock
from .downloads import DownloadListBlock
from .listings import ListingBlock
from .media import ImageBlock, VideoBlock
from .people import PeopleGridBlock, people_available
from .structure import AccordionBlock, TableBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers. Page types may subclass it to add their own."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    table = TableBlock()
    accordion = AccordionBlock()
    downloads = DownloadListBlock()
    if people_available():
        people = PeopleGridBlock()
    newsletter = NewsletterBlock()
    listing = ListingBlock()

    class Meta:
        block_counts = {"newsletter": {"max_num": 1}}
        label = _("Content")
