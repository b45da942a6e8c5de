from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .actions import CallToActionBlock, NewsletterBlock
from .downloads import DownloadListBlock
from .listings import ListingBlock
from .media import ImageBlock, VideoBlock
from .people import PeopleGridBlock
from .structure import AccordionBlock, TableBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers. Page types may subclass it to add their own.

    The set is the same whichever apps are installed (page bodies' migrations do not depend
    on them); a block whose app is missing says so with ``is_available()`` and is left out
    of the editors' menu."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    table = TableBlock()
    accordion = AccordionBlock()
    downloads = DownloadListBlock()
    people = PeopleGridBlock()  # hidden from the menu while no app offers people
    newsletter = NewsletterBlock()
    listing = ListingBlock()

    def grouped_child_blocks(self):
        groups = []
        for group, child_blocks in super().grouped_child_blocks():
            offered = [b for b in child_blocks if getattr(b, "is_available", lambda: True)()]
            if offered:
                groups.append((group, offered))
        return groups

    class Meta:
        block_counts = {"newsletter": {"max_num": 1}}
        label = _("Content")
