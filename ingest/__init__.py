"""newsarchive: turn raw news dumps into a clean, deduplicated archive."""

__version__ = "0.1.0"
