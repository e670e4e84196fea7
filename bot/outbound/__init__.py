"""The outbound path: composing messages, reply addresses and tokens, and the outbox that sends them."""
