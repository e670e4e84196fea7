"""endorsebot: the email skills check behind the Social Media and Community Manager credential."""

__version__ = "0.1.0"
