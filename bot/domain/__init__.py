"""Domain vocabulary: statuses and their transitions, refusal reasons."""
