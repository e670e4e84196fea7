"""The endorsement workflow: requests, status changes, notifications, sweeps."""
