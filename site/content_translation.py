"""Translating content through wagtail-localize's own machinery, from code.

What the translation editor does for a person, done by a program: take a
``TranslationSource`` of the Dutch page (or snippet), store one ``StringTranslation`` per
segment, then build (and publish) the translation from those strings. The demo loaders
use ``translate``; ``adopt_translation`` brings pages translated the old way
(simple_translation copies) under wagtail-localize without losing their text.

Texts are given as pairs (Dutch, English) of the values the content was built from:
plain strings for text fields, HTML for rich text (split into the same segments
wagtail-localize makes), or parallel structures (StreamField data, lists of rows) whose
strings are paired position by position (``parallel``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, extract_strings

Pairs = Iterable[tuple[str, str]]


def _is_html(text: str) -> bool:
    return text.lstrip().startswith("<")


def segment_pairs(dutch: str, english: str) -> Iterator[tuple[str, str]]:
    """(source segment, translated segment) as wagtail-localize stores them."""
    if _is_html(dutch):
        source = [value.data for value, _attrs in extract_strings(dutch)[1]]
        target = [value.data for value, _attrs in extract_strings(english)[1]]
        if len(source) != len(target):
            raise ValueError(
                f"{len(source)} segments in the source, {len(target)} in the translation: "
                f"{dutch[:60]!r}"
            )
        yield from zip(source, target, strict=True)
    else:
        yield StringValue.from_plaintext(dutch).data, StringValue.from_plaintext(english).data


def parallel(dutch: Any, english: Any) -> Iterator[tuple[str, str]]:
    """Pairs of the strings at the same place in two structures of the same shape."""
    if isinstance(dutch, str) and isinstance(english, str):
        yield dutch, english
    elif isinstance(dutch, dict) and isinstance(english, dict):
        for key, value in dutch.items():
            if key in english:
                yield from parallel(value, english[key])
    elif isinstance(dutch, list | tuple) and isinstance(english, list | tuple):
        for dutch_item, english_item in zip(dutch, english, strict=False):
            yield from parallel(dutch_item, english_item)


# Page bookkeeping that changes without the content changing (a child page added, a
# revision saved): left out when deciding whether a source needs syncing again.
BOOKKEEPING = {
    "numchild",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
}


def _content(content_json: str | None) -> dict | None:
    if content_json is None:
        return None
    data = json.loads(content_json)
    return {key: value for key, value in data.items() if key not in BOOKKEEPING}


def _source_for(instance) -> tuple[TranslationSource, bool]:
    """The instance's TranslationSource, brought up to date; True when its content changed.
    The instance is read again: a caller's copy may hold rows that were not saved as such."""
    if isinstance(instance, Page):
        instance = instance.specific_class.objects.get(pk=instance.pk)
    else:
        instance = type(instance).objects.get(pk=instance.pk)
    before = (
        TranslationSource.objects.filter(
            object_id=instance.translation_key, locale_id=instance.locale_id
        )
        .values_list("content_json", flat=True)
        .first()
    )
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return source, _content(before) != _content(source.content_json)


def store_strings(source: TranslationSource, locale, pairs: Pairs, user=None) -> int:
    """A StringTranslation for every segment of ``source`` whose text has a pair; returns
    how many were created or changed."""
    wanted: dict[str, str] = {}
    for dutch, english in pairs:
        wanted.update(segment_pairs(dutch, english))
    changed = 0
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        english = wanted.get(segment.string.data)
        if english is None:
            continue
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is not None and existing.data == english and not existing.has_error:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": english,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                "has_error": False,
            },
        )
        changed += 1
    return changed


def missing_segments(source: TranslationSource, locale) -> list[str]:
    """Source texts of ``source`` that have no translation into ``locale`` yet."""
    return [
        segment.string.data
        for segment in StringSegment.objects.filter(source=source)
        .annotate_translation(locale)
        .filter(translation__isnull=True)
        .select_related("string")
    ]


@transaction.atomic
def translate(instance, locale, pairs: Pairs, *, user=None, publish: bool = True):
    """The translation of ``instance`` into ``locale`` with the given texts, made through
    wagtail-localize (so the translation editor shows it, and "sync" keeps it up to date),
    published (pages, draftable snippets) unless ``publish`` is False. Segments without a
    pair keep the source text. Running it again with the same texts changes nothing."""
    source, source_changed = _source_for(instance)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    strings_changed = store_strings(source, locale, pairs, user=user)
    target = source.object.get_instance_or_none(locale)
    unchanged = not (created or source_changed or strings_changed)
    if target is not None and unchanged and (not publish or _is_published(target)):
        return target
    draftable = isinstance(source.as_instance(), DraftStateMixin)
    target, _created = source.create_or_update_translation(
        # Objects without drafts (most snippets) are saved as they are.
        locale,
        user=user,
        publish=not draftable,
        copy_parent_pages=True,
        fallback=True,
    )
    if publish and isinstance(target, DraftStateMixin):
        # Published here rather than on commit (wagtail-localize's way), so that the
        # caller sees a live page inside its own transaction.
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


def _is_published(instance) -> bool:
    if isinstance(instance, DraftStateMixin):
        return instance.live and not instance.has_unpublished_changes
    return True


# --- pages translated before wagtail-localize ------------------------------------------------


def _strings_by_path(instance) -> dict[str, list[StringValue]]:
    strings = defaultdict(list)
    for segment in sorted(extract_segments(instance), key=lambda s: s.order):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string)
    return strings


@transaction.atomic
def adopt_translation(source_instance, target_instance, *, enabled: bool = False) -> Translation:
    """Link a translation made without wagtail-localize (a simple_translation copy) to its
    source, with its own text stored as the translation of each matching segment, so that
    "Start synced translation" opens the translation editor with that text filled in and
    nothing is lost. ``enabled=False`` leaves the page in the ordinary editor until an
    editor chooses to sync it (its structure may have drifted from the source)."""
    if isinstance(source_instance, Page):
        source_instance, target_instance = source_instance.specific, target_instance.specific
    source, _created = TranslationSource.get_or_create_from_instance(source_instance)
    locale = target_instance.locale
    source_strings = _strings_by_path(source_instance)
    target_strings = _strings_by_path(target_instance)
    pairs = []
    for path, values in source_strings.items():
        for dutch, english in zip(values, target_strings.get(path, []), strict=False):
            if dutch.data != english.data:
                pairs.append((dutch.data, english.data))
    _store_exact(source, locale, pairs)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": enabled}
    )
    return translation


def _store_exact(source: TranslationSource, locale, pairs: list[tuple[str, str]]) -> None:
    """Like ``store_strings`` for segment texts that are already in wagtail-localize's form."""
    wanted = dict(pairs)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        english = wanted.get(segment.string.data)
        if english is not None:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": english,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )


def unadopted_translations() -> Iterator[tuple[Any, Any]]:
    """(source, translation) for every page (and translatable snippet) that has a language
    version in another locale but no wagtail-localize record linking the two."""
    from django.apps import apps
    from wagtail.models import Locale, TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:  # a database without its languages yet (being flushed or built)
        return
    linked = set(Translation.objects.values_list("source__object_id", "target_locale_id"))
    pages = Page.objects.exclude(locale=default).filter(alias_of__isnull=True, depth__gt=1)
    for target in pages.specific():
        source = Page.objects.filter(translation_key=target.translation_key, locale=default).first()
        if source is not None and (target.translation_key, target.locale_id) not in linked:
            yield source.specific, target
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin) or not apps.is_installed(
            model._meta.app_config.name
        ):
            continue
        for target in model.objects.exclude(locale=default):
            source = model.objects.filter(
                translation_key=target.translation_key, locale=default
            ).first()
            if source is not None and (target.translation_key, target.locale_id) not in linked:
                yield source, target


def adopt_existing_translations(*, enabled: bool = False) -> int:
    """``adopt_translation`` for every unlinked translation; returns how many were linked."""
    count = 0
    for source, target in list(unadopted_translations()):
        adopt_translation(source, target, enabled=enabled)
        count += 1
    return count


def adopt_after_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    """post_migrate: translations made before the switch are linked as soon as the new
    tables exist (a fresh database has none, so this costs one query)."""
    if app_config is None or app_config.label != "atelier" or using != "default":
        return
    adopt_existing_translations()
