"""The inbound path: every fetched message goes through one ordered pipeline of named stages."""
