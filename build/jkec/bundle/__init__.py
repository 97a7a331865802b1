"""Release bundles: one version of the package as a checksummed folder and zip (`jkec release`), checked offline
(`jkec verify`) and compared record by record with another version (`jkec diff`)."""
