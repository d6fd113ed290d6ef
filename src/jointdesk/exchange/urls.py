from django.urls import path

from jointdesk.exchange import views

app_name = "exchange"
urlpatterns = [
    path("", views.message_inbox, name="message_inbox"),
    path("outbox/", views.message_outbox, name="message_outbox"),
    path("overdue/", views.exchange_overdue, name="exchange_overdue"),
    path("new/", views.exchange_create, name="exchange_create"),
    path("statistics/", views.statistics_year, name="statistics_year"),
]
