"""Tests of the embedded sandbox servers (SMTP front, in-memory IMAP) and their helpers."""
