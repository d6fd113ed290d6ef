"""Assembly of the JSON API: one NinjaAPI, token authentication, one error envelope.

Every operation needs a caller: ``Authorization: Bearer <token>`` (tokens are issued on the
preferences page; only their SHA-256 digest is stored) or a browser session that has passed its
second factor. Every error has the same shape: ``{"code", "message", "errors": {field: [...]}}``.
"""

from ninja import NinjaAPI

from jointdesk.api import errors
from jointdesk.api.auth import API_AUTH
from jointdesk.exchange.api import router as exchange_router

DESCRIPTION = """\
JSON API of jointdesk, over the same actions, queries and access rules as the web interface.

**Authentication**: send `Authorization: Bearer <token>`. A missing, unknown or revoked token is a 401.

**Errors**: every error is `{"code": ..., "message": ..., "errors": {"<field>": ["what is wrong"]}}`. Field
names follow the input, e.g. `persons[0].national_id`. Bad input is 400, a forbidden action 403, an object
that does not exist *or that you may not see* 404, an action the object's state does not allow 409.

**Attachments** travel inline in the JSON body, base64-encoded in `attachments[].content_base64`, so a
message and its files are stored together or not at all. The size and type limits are those of the forms.

**Times** are ISO 8601 with an offset; deadlines follow Article 5 of Directive (EU) 2023/977.
"""

api = NinjaAPI(
    title="jointdesk API", version="1", urls_namespace="api", auth=API_AUTH, description=DESCRIPTION
)
errors.register(api)
api.add_router("/exchange/", exchange_router)
