"""Webhooks hand content to outside systems and hold secrets: administrators only."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

MANAGE_PERMISSION = "webhooks.manage_webhooks"


def can_manage_webhooks(user) -> bool:
    return bool(user and user.is_active and (user.is_superuser or user.has_perm(MANAGE_PERMISSION)))


class WebhookAdminPolicy(BasePermissionPolicy):
    """Every action for superusers and holders of ``manage_webhooks``; ``actions`` narrows it."""

    def __init__(self, model, actions=None):
        super().__init__(model)
        self.actions = set(actions) if actions else None

    def user_has_permission(self, user, action):
        allowed = self.actions is None or action in self.actions
        return allowed and can_manage_webhooks(user)

    def users_with_any_permission(self, actions):
        if self.actions is not None and not self.actions.intersection(actions):
            return get_user_model().objects.none()
        app_label, codename = MANAGE_PERMISSION.split(".")
        holders = Q(user_permissions__codename=codename) | Q(groups__permissions__codename=codename)
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | holders)
            .distinct()
        )
