from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "jointdesk.core"
    label = "core"
    verbose_name = "Core"
