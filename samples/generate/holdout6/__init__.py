"""Build samples/holdout6: PDFs, expected JSON, manifest and README."""
