"""Wagtail's own API v2, pages endpoint only (its images and documents endpoints would list
files that no public page uses), guarded against the inputs that make it answer 500.

Stock v2 passes ``find/?id=abc`` straight to ``.get(id=...)``, lets a malformed date or
decimal reach the ORM as a ``ValidationError``, and lets a huge ``offset`` overflow
SQLite's integers. It also shows login-restricted pages to a logged-in visitor; this
mount is for public front-ends, so every restricted page and its subtree stays out.

Stock v2 also names what a page points to whatever its state: a report's project with its
title when the project is private, a page chooser's id when the page is a draft. Here
such references are left out (``v2_fields``)."""

from __future__ import annotations

import logging

from django.core.exceptions import FieldError, ValidationError
from django.db import DataError
from rest_framework import status
from rest_framework.response import Response
from wagtail import fields as wagtail_fields
from wagtail.api.v2 import serializers
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page, PageViewRestriction

from ..search_limits import cut_search_query
from .pagination import MAX_OFFSET
from .v2_fields import PublicStreamField, visibility

logger = logging.getLogger("atelier.api")

# Parameters that must be non-negative integers when present.
INTEGER_PARAMETERS = ("offset", "limit", "child_of", "descendant_of", "ancestor_of", "id")


class PublicRelatedField(serializers.RelatedField):
    """A foreign key to a page that is not live and public is null."""

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        if isinstance(value, Page) and not visibility(self.context).page(value):
            return None
        return value


class PublicPageSerializer(serializers.PageSerializer):
    serializer_field_mapping = {
        **serializers.PageSerializer.serializer_field_mapping,
        wagtail_fields.StreamField: PublicStreamField,
    }
    serializer_related_field = PublicRelatedField


class PublicPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        # Whoever asks, a page behind a login, password or group restriction is not public
        for restriction in PageViewRestriction.objects.select_related("page"):
            queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
        return queryset

    def _check_integers(self, names) -> None:
        for name in names:
            raw = self.request.GET.get(name)
            if raw is None or (name in ("child_of", "descendant_of") and raw == "root"):
                continue
            if not raw.isdigit() or len(raw) > 18:
                raise BadRequestError(f"{name} must be a non-negative integer")
        offset = self.request.GET.get("offset")
        if offset is not None and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")

    def listing_view(self, request):
        search = request.GET.get("search")
        if search is not None:
            # A query of hundreds of words exhausts the recursion limit: cut it, as everywhere
            query = request._request.GET.copy()
            query["search"] = cut_search_query(search)
            request._request.GET = query
        return super().listing_view(request)

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        self._check_integers(INTEGER_PARAMETERS)

    def find_object(self, queryset, request):
        self._check_integers(("id",))
        return super().find_object(queryset, request)

    def handle_exception(self, exc):
        # Malformed filter values (dates, decimals, numbers) that only the ORM notices
        if isinstance(exc, ValidationError | ValueError | TypeError | OverflowError | FieldError):
            logger.info("Rejected v2 API input at %s: %s", self.request.get_full_path(), exc)
            return Response(
                {"message": "invalid query parameter value"}, status=status.HTTP_400_BAD_REQUEST
            )
        if isinstance(exc, DataError):
            return Response(
                {"message": "invalid query parameter value"}, status=status.HTTP_400_BAD_REQUEST
            )
        return super().handle_exception(exc)


wagtail_api = WagtailAPIRouter("wagtailapi")
wagtail_api.register_endpoint("pages", PublicPagesAPIViewSet)
