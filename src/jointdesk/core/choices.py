from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    ROMANIA = "RO", _("Romania")
    BULGARIA = "BG", _("Bulgaria")


class AuditAction(models.TextChoices):
    VIEW = "view", _("consulted")
    LIST = "list", _("listed")
    CREATE = "create", _("created")
    UPDATE = "update", _("changed")
    SEND = "send", _("sent")
    DOWNLOAD = "download", _("downloaded")
    EXPORT = "export", _("exported")
    LOGIN = "login", _("logged in")
    LOGIN_FAILED = "login_failed", _("failed login")
    LOGOUT = "logout", _("logged out")
    DENIED = "denied", _("access denied")
    SEARCH = "search", _("searched")
