"""What the bot needs from the machine it runs on: one daemon per database file, owner-only files for
secrets and personal data, and a loud stop (exit status, admins told) on a condition that will not heal."""
