"""The data package: release metadata, the generated descriptor, and publishing data/ atomically."""
