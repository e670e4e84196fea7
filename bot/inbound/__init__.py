"""The inbound path: the IMAP watcher fetches mail, and every fetched message goes through one ordered
pipeline of named stages."""
