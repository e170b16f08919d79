"""Database URLs as platforms hand them out, normalised for SQLAlchemy (no SQLAlchemy import here)."""

from __future__ import annotations


def normalize_database_url(url: str) -> str:
    """Return a SQLAlchemy URL that uses psycopg 3 for PostgreSQL; other URLs are unchanged."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
