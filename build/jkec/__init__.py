"""jkec: the Japan–Korea export controls dispute dataset, from raw articles to a Frictionless data package."""
