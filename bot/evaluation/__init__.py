"""Judging a candidate's reply against the three criteria."""
