"""One module per `endorsebot` command."""
