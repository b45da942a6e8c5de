"""Images and video. A video never contacts YouTube or Vimeo before the visitor asks for it."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage


def first_image():
    """Block previews in the admin show a real image from the library when there is one."""
    return get_image_model().objects.order_by("-created_at").first()


class ImageBlock(blocks.StructBlock):
    """An image whose alt text (or decorative status) comes from the image library."""

    image = ImageChooserBlock(
        label=_("afbeelding"),
        help_text=_(
            "De alt-tekst en de fotograaf komen uit de afbeeldingenbibliotheek; "
            "pas ze daar aan als ze niet kloppen."
        ),
    )
    caption = blocks.CharBlock(
        label=_("bijschrift"),
        required=False,
        max_length=250,
        help_text=_("Verschijnt onder de afbeelding. Vertel wat de foto niet zelf laat zien."),
    )
    credit = blocks.CharBlock(
        label=_("fotograaf / bron"),
        required=False,
        max_length=120,
        help_text=_("Leeg: de bron uit de afbeeldingenbibliotheek."),
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image_block.html"
        description = _("Een afbeelding met bijschrift en bronvermelding.")

    def _coerce(self, value):
        # Accepts the shapes older content and other apps may store: an image id,
        # an image, or the {"image", "alt_text", "decorative"} dict of Wagtail's ImageBlock.
        if isinstance(value, AbstractImage):
            return {"image": value}
        if isinstance(value, int):
            return {"image": value}
        return value

    def to_python(self, value):
        return super().to_python(self._coerce(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([self._coerce(value) for value in values])

    def normalize(self, value):
        return super().normalize(self._coerce(value))

    def get_preview_value(self):
        return self.normalize(
            {"image": first_image(), "caption": "Bewoners en professionals in gesprek."}
        )


@dataclass(frozen=True)
class VideoSource:
    provider: str
    video_id: str

    @property
    def provider_name(self) -> str:
        return {"youtube": "YouTube", "vimeo": "Vimeo"}[self.provider]

    @property
    def embed_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?dnt=1&autoplay=1"

    @property
    def watch_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "youtube-nocookie.com"}


def parse_video_url(url: str) -> VideoSource | None:
    """The provider and id of a YouTube or Vimeo link; None for anything else."""
    parsed = urlparse((url or "").strip())
    if parsed.scheme not in {"http", "https"}:
        return None
    host = (parsed.hostname or "").removeprefix("www.")
    parts = [p for p in parsed.path.split("/") if p]
    candidate = None
    if host == "youtu.be" and parts:
        candidate = parts[0]
    elif host in YOUTUBE_HOSTS:
        if parts == ["watch"]:
            candidate = (parse_qs(parsed.query).get("v") or [""])[0]
        elif len(parts) >= 2 and parts[0] in {"embed", "shorts", "live"}:
            candidate = parts[1]
    if candidate is not None:
        return VideoSource("youtube", candidate) if YOUTUBE_ID.match(candidate) else None
    if host in {"vimeo.com", "player.vimeo.com"}:
        digits = [p for p in parts if p.isdigit()]
        if digits:
            return VideoSource("vimeo", digits[0])
    return None


class VideoValue(blocks.StructValue):
    @cached_property
    def source(self) -> VideoSource | None:
        return parse_video_url(self.get("url"))


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("link naar de video"),
        help_text=_(
            "Plak de link van YouTube of Vimeo, bijvoorbeeld "
            "https://www.youtube.com/watch?v=… of https://vimeo.com/…"
        ),
    )
    title = blocks.CharBlock(
        label=_("titel van de video"),
        max_length=150,
        help_text=_(
            "Staat op de afspeelknop en helpt schermlezers. "
            "Bijvoorbeeld 'Terugblik Dag van de Buurt'."
        ),
    )
    poster = ImageChooserBlock(
        label=_("voorbeeldafbeelding"),
        required=False,
        help_text=_("Een beeld uit onze eigen bibliotheek; de site haalt niets op bij YouTube."),
    )
    caption = blocks.CharBlock(
        label=_("bijschrift"),
        required=False,
        max_length=250,
        help_text=_("Bijvoorbeeld waar een uitgeschreven tekst of ondertiteling te vinden is."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        value_class = VideoValue
        description = _(
            "Een YouTube- of Vimeo-video die pas laadt als de bezoeker op afspelen klikt. "
            "Zo volgt niemand de bezoeker zonder dat die het weet."
        )
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Terugblik op de Dag van de Buurt",
            "caption": "Met ondertiteling in het Nederlands.",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and parse_video_url(value["url"]) is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "Dit is geen link naar een YouTube- of Vimeo-video. Open de video, "
                            "klik op 'Delen' en plak die link hier."
                        )
                    )
                }
            )
        return value
