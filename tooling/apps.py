from django.apps import AppConfig


class ToolingConfig(AppConfig):
    """Code that never serves a request: the benchmark, the quality evaluation, the naive scan
    and random records that check the engine, and the synthetic data generator."""

    name = "tooling"
    verbose_name = "Tooling"
