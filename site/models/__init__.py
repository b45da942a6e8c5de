from ..media.models import AtelierDocument, AtelierImage, AtelierRendition
from .pages import BasePage
from .settings import FooterLink, MenuItem, Navigation, SiteSettings, SocialLink
from .taxonomy import Theme

__all__ = [
    "AtelierDocument",
    "AtelierImage",
    "AtelierRendition",
    "BasePage",
    "FooterLink",
    "MenuItem",
    "Navigation",
    "SiteSettings",
    "SocialLink",
    "Theme",
]
