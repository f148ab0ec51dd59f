"""Settings, read from the environment once, at the edge (CLI, app), and passed in as values.

Every setting has a CPTCOMPARE_ environment variable, e.g. CPTCOMPARE_MAX_FILE_MB=20.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Limits(BaseSettings):
    """How much one PDF may ask of the machine before we refuse it."""

    model_config = SettingsConfigDict(env_prefix="CPTCOMPARE_", extra="ignore")

    max_file_mb: float = Field(50.0, gt=0, description="Largest upload accepted, in MB.")
    max_pages: int = Field(2000, gt=0, description="Most pages accepted in one PDF.")
    timeout_seconds: float = Field(120.0, gt=0, description="Wall-clock limit for one file.")
    max_memory_mb: int = Field(4096, gt=0, description="Address-space limit of the parser.")
    # Scanned pages (no text layer) are read with OCR, which takes seconds a page: the time limit
    # grows by ocr_seconds_per_page for each page to OCR (see time_budget).
    ocr: bool = Field(True, description="Read scanned pages with OCR where Tesseract is installed.")
    tesseract: str = Field("tesseract", description="Tesseract command: a name on PATH or a full path.")
    ocr_dpi: int = Field(300, ge=72, le=600, description="Resolution scanned pages are read at.")
    ocr_seconds_per_page: float = Field(10.0, gt=0, description="Time added to the limit per OCR page.")
    max_ocr_pages: int = Field(100, gt=0, description="Most scanned pages read with OCR in one PDF.")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def time_budget(self, ocr_pages: int = 0) -> float:
        """Wall-clock seconds for one file that has ``ocr_pages`` pages to read with OCR."""
        return self.timeout_seconds + self.ocr_seconds_per_page * min(max(ocr_pages, 0), self.max_ocr_pages)


class Settings(BaseSettings):
    """Where the app keeps its files."""

    model_config = SettingsConfigDict(env_prefix="CPTCOMPARE_", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Folder for uploads, cache and database.")
    cache: bool = Field(True, description="Reuse results of files analyzed before.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL, e.g. postgresql+psycopg://...; default: SQLite in data_dir."
    )
    samples_on_first_run: bool = Field(
        True, description="On a brand-new install, fill the first workspace with the sample contracts."
    )
    readers: int | None = Field(
        None, ge=1, description="Background readers of the queue in each process; default: the cores."
    )
    lease_seconds: float = Field(
        30.0, gt=0, description="How long a reader holds a job without renewing it before others may take it."
    )

    unlock_key: str | None = Field(
        None, description="Fernet key for kept passwords; default: a key file in the data folder."
    )

    @property
    def reader_count(self) -> int:
        return self.readers or os.cpu_count() or 1

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def database(self) -> str:
        """The database URL in force: the configured one, else a SQLite file in the data folder."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'cptcompare.db').resolve()}"
