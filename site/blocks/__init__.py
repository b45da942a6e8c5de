"""The StreamField block library, split by purpose. Page types use BaseStreamBlock."""

from .base import BaseStreamBlock

__all__ = ["BaseStreamBlock"]
