"""Domain services: plain functions the views and commands call. No request context needed."""
