"""The indexing outbox: objects an external search engine failed to (un)index."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """One object whose index update failed (engine down, timeout). ``manage.py
    reindex_pending`` retries these; the page itself was saved and published regardless."""

    class Action(models.TextChoices):
        UPDATE = "update", _("update")
        DELETE = "delete", _("delete")

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(_("object ID"), max_length=255)
    action = models.CharField(
        _("action"), max_length=10, choices=Action.choices, default=Action.UPDATE
    )
    error = models.TextField(_("last error"), blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    created_at = models.DateTimeField(_("first error"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last attempt"), auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="atelier_search_one_pending_per_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} ({self.action})"

    @classmethod
    def record(cls, obj, action: str, error: BaseException) -> "PendingIndexUpdate":
        entry, created = cls.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
            object_id=str(obj.pk),
            defaults={"action": action, "error": repr(error)[:2000]},
        )
        if not created:
            entry.action = action
            entry.error = repr(error)[:2000]
            entry.attempts += 1
            entry.save(update_fields=["action", "error", "attempts", "updated_at"])
        return entry
