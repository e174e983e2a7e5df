from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo data drawn from the Korea-UK source documents and its loader (load_demo)."""

    name = "demo"
    verbose_name = "Demo"
