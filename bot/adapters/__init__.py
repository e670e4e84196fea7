"""Adapters: the only code that imports mail and LLM client libraries; they translate their errors."""
