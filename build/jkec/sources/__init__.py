"""Raw articles: the manifest that records their provenance, and adding new ones."""
