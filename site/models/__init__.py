from .media import AtelierDocument, AtelierImage, AtelierRendition
from .pages import BasePage
from .taxonomy import Theme

__all__ = ["AtelierDocument", "AtelierImage", "AtelierRendition", "BasePage", "Theme"]
