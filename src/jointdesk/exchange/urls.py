from django.urls import path

from jointdesk.exchange import views

app_name = "exchange"
urlpatterns = [
    path("", views.message_inbox, name="message_inbox"),
    path("outbox/", views.message_outbox, name="message_outbox"),
    path("overdue/", views.exchange_overdue, name="exchange_overdue"),
    path("new/", views.exchange_create, name="exchange_create"),
    path("new/spontaneous/", views.spontaneous_create, name="spontaneous_create"),
    path("statistics/", views.statistics_year, name="statistics_year"),
    path("statistics/<int:year>.csv", views.statistics_csv, name="statistics_csv"),
    path("attachments/<uuid:attachment_uuid>/", views.attachment_download, name="attachment_download"),
    path("<uuid:exchange_uuid>/", views.exchange_detail, name="exchange_detail"),
    path("<uuid:exchange_uuid>/reply/<slug:kind>/", views.message_create, name="message_create"),
    path("<uuid:exchange_uuid>/correct/", views.message_correct, name="message_correct"),
]
