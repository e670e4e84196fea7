"""The admin side: the daily digest, review decisions (from the inbox or the CLI), and privacy.

See docs/admin.md.
"""
