"""Extra `flask --app portal` commands, one module per area (each defines register(app))."""
