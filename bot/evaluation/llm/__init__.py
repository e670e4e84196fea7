"""The optional LLM classifier: its port, prompt, budget, and the checks on what the model returns."""
