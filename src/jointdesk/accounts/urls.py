from django.urls import path

from jointdesk.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.user_login, name="login"),
    path("logout/", views.user_logout, name="logout"),
    path("second-factor/", views.second_factor, name="second_factor"),
    path("preferences/", views.preferences, name="preferences"),
    path("preferences/tokens/", views.api_token_create, name="api_token_create"),
]
