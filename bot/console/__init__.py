"""What an admin sees on the command line: request tables and JSON, printed without anyone's escape codes."""
