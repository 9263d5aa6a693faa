"""Build samples/holdout7: PDFs, expected JSON, manifest and README."""
