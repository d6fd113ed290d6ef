from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "jointdesk.api"
    label = "api"
    verbose_name = "API"
