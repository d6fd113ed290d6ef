"""Assembly of the JSON API: one NinjaAPI, token authentication, one error envelope."""

from ninja import NinjaAPI

api = NinjaAPI(title="jointdesk API", version="1", urls_namespace="api")
