from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "jointdesk.accounts"
    label = "accounts"
    verbose_name = "Accounts"
