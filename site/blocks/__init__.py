"""The StreamField block library, split by purpose. Page types use BaseStreamBlock;
the separate blocks are exported for page types that build a narrower stream."""

from .actions import CallToActionBlock, NewsletterBlock
from .base import BaseStreamBlock
from .downloads import DownloadListBlock, public_documents
from .links import LinkBlock
from .listings import ListingBlock
from .media import ImageBlock, VideoBlock, parse_video_url
from .people import PeopleGridBlock
from .structure import AccordionBlock, TableBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock

__all__ = [
    "AccordionBlock",
    "BaseStreamBlock",
    "CallToActionBlock",
    "DownloadListBlock",
    "HeadingBlock",
    "ImageBlock",
    "LinkBlock",
    "ListingBlock",
    "NewsletterBlock",
    "ParagraphBlock",
    "PeopleGridBlock",
    "QuoteBlock",
    "TableBlock",
    "VideoBlock",
    "parse_video_url",
    "public_documents",
]
