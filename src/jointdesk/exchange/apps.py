from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "jointdesk.exchange"
    label = "exchange"
    verbose_name = "Information exchange"
