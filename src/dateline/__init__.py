"""dateline: news reports in, geocoded event data out, every field pointing back to its words."""
from __future__ import annotations

from .errors import DatelineError
from .model import Document, Event, Place, Rejection
from .pipeline import extract, get_pipeline
from .settings import Settings, load_settings

__all__ = [
    "DatelineError",
    "Document",
    "Event",
    "Place",
    "Rejection",
    "Settings",
    "extract",
    "get_pipeline",
    "load_settings",
]
__version__ = "0.1.0"
